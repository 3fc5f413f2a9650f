#pragma once

// The review as a person reads it in a terminal: the track and why first, then what fails,
// then the key numbers. And the linter's one-line-per-finding form.

#include "Review.h"

#include <string>

namespace cs::review {

std::string reviewToText(const Review &review);
std::string findingsToLintLines(const Review &review);

} // namespace cs::review
