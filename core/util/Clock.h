#pragma once

// The wall clock as milliseconds since the epoch, with a seam so tests can fix time.

#include <cstdint>
#include <functional>

namespace cs {

std::int64_t nowMs();
// Replaces the clock (nullptr restores the system clock). For tests.
void setClockForTesting(std::function<std::int64_t()> clock);

} // namespace cs
