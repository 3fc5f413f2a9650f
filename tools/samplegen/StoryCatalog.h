#pragma once

// The named sample stories: each one a deployment package built to show one point of the
// policy (contract section 3) while the rest of the package stays clean.

#include <filesystem>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace samplegen {

struct Story
{
    std::string name;        // kebab-case, also the package folder's name
    std::string kind;        // ml_model, app or data_pipeline
    std::string description; // one line, for --list
    // Writes the package into dir; the self-check goes to log when it is not null.
    std::function<void(const std::filesystem::path &dir, std::ostream *log)> generate;
};

const std::vector<Story> &storyCatalog();

} // namespace samplegen
