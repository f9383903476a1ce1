#pragma once

#include <QString>
#include <array>

namespace codewijzer {

// In the order of questionnaire.md: each is stricter than the one before; the strictest wins.
enum class Verdict { OutOfScope, Go, Conditions, CheckFirst, Stop };

inline constexpr std::array kAllVerdicts{Verdict::OutOfScope, Verdict::Go, Verdict::Conditions, Verdict::CheckFirst,
                                         Verdict::Stop};

QString verdictId(Verdict verdict); // "out_of_scope", "go", ...
bool parseVerdict(QStringView id, Verdict& out);
constexpr int severity(Verdict verdict)
{
    return static_cast<int>(verdict);
}

} // namespace codewijzer
