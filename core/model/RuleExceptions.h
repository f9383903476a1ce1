#pragma once

#include <QString>
#include <vector>

namespace codewijzer {

class JsonReader;
struct Rule;

// A rule's "exceptionTo", as read: the id it names and where it stands in the file.
struct ExceptionReference
{
    int rule = -1; // the exception, an index into the rules
    QString target;
    QString path; // "rules[4].exceptionTo"
};

// Checks each exception and folds it into the rule it lowers: that rule's `when` becomes its own
// condition and, for each of its exceptions, "not" the exception's; an exception's `when` becomes
// its own and the other rule's, so that it applies only where it lowers something. The verdict
// stays the strictest of the rules that apply; where an exception applies, the rule it names
// simply does not.
//
// An exception names another rule of the file, gives a verdict less strict than that rule's, and
// is not itself lowered by an exception (no exception to an exception). Each problem is reported
// through `reader` with its place.
void applyExceptions(std::vector<Rule>& rules, const std::vector<ExceptionReference>& references, JsonReader& reader);

} // namespace codewijzer
