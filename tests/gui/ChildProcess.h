#pragma once

// The GUI test binary started again as a child process, for what only another process can show: a
// kill -9 in the middle of the work. main() runs the child's part when its first argument names one.

#include <QStringList>

namespace codewijzer::test {

inline constexpr char kChildAnswerAndWait[] = "--child-answer-and-wait";
inline constexpr char kChildSaveForever[] = "--child-save-forever";
// The settings' organisation name of the parent, so that the child uses the same folders.
inline constexpr char kChildOrganisationVariable[] = "CODEWIJZER_TEST_ORGANISATION";

// Runs the child's part named by `arguments` (never returns), or returns when there is none.
void runChildIfAsked(const QStringList& arguments);

} // namespace codewijzer::test
