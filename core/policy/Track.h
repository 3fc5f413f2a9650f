#pragma once

// The governance tracks, ordered by how much human review they need.

#include <optional>
#include <string>
#include <string_view>

namespace cs::policy {

enum class Track { Green = 0, Yellow = 1, Red = 2 };

inline std::string toString(Track track)
{
    switch (track) {
    case Track::Green: return "green";
    case Track::Yellow: return "yellow";
    case Track::Red: return "red";
    }
    return "green";
}

inline std::optional<Track> trackFromString(std::string_view text)
{
    if (text == "green") return Track::Green;
    if (text == "yellow") return Track::Yellow;
    if (text == "red") return Track::Red;
    return std::nullopt;
}

inline Track higher(Track a, Track b) { return static_cast<int>(a) >= static_cast<int>(b) ? a : b; }

} // namespace cs::policy
