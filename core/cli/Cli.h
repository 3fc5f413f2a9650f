#pragma once

// countersign-cli's commands, runnable in-process (the tests drive them with their own
// streams). Exit statuses: 0 done, 1 fail findings or refused by the rules, 2 bad input,
// 3 verification found a problem.

#include <QStringList>

#include <iosfwd>

namespace cs::cli {

enum ExitCode { Success = 0, Failed = 1, BadInput = 2, VerificationProblem = 3 };

struct Streams
{
    std::ostream &out;
    std::ostream &err;
};

// `arguments` excludes the program name.
int run(const QStringList &arguments, Streams streams);

} // namespace cs::cli
