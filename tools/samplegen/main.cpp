// countersign-samplegen: writes the sample deployment packages (one folder per story) and the
// large benchmark package. Same arguments, same bytes, on every machine.

#include "LargePackage.h"
#include "StoryCatalog.h"

#include <sodium.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace fs = std::filesystem;
using namespace samplegen;

namespace {

constexpr const char *kUsage = R"(Usage:
  countersign-samplegen --out DIR [--story NAME]... [--quiet]
  countersign-samplegen --out DIR --large [--rows N] [--drift-rows N] [--attribution-rows N] [--features N] [--quiet]
  countersign-samplegen --list
  countersign-samplegen --help

Writes deterministic Countersign deployment packages (countersign.package/v1): the same
arguments give byte-identical files on every machine.

  --out DIR              where to write; each package goes into DIR/NAME/
  --story NAME           one story to write (repeatable); all stories when none is named
  --large                write the benchmark package DIR/large/ instead of the stories
  --rows N               evaluation.csv rows of --large (default 1000000)
  --drift-rows N         reference.csv and current.csv rows of --large (default 200000)
  --attribution-rows N   attributions.csv and baseline_attributions.csv rows of --large (default 100000)
  --features N           features of --large (default 30)
  --quiet                no self-check on stderr
  --list                 print the story names with a one-line description
  --help                 this text

Each ml_model story prints a self-check to stderr: candidate and baseline metrics, the primary
metric's change, per-group selection rates and the disparate impact ratio of every protected
attribute, attribution stability and per-feature PSI, as the contract defines them.
)";

struct UsageError : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

std::size_t parseCount(std::string_view option, std::string_view text)
{
    std::size_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || value == 0)
        throw UsageError(std::string(option) + " expects a positive whole number, got \"" + std::string(text) + "\"");
    return value;
}

const Story *findStory(std::string_view name)
{
    for (const auto &story : storyCatalog())
        if (story.name == name)
            return &story;
    return nullptr;
}

std::uint64_t folderBytes(const fs::path &dir)
{
    std::uint64_t total = 0;
    for (const auto &entry : fs::directory_iterator(dir))
        if (entry.is_regular_file())
            total += entry.file_size();
    return total;
}

int run(int argc, char **argv)
{
    std::vector<std::string_view> args(argv + 1, argv + argc);
    std::optional<fs::path> out;
    std::vector<std::string> stories;
    bool large = false, list = false, help = false, quiet = false;
    bool largeOptionGiven = false;
    LargeOptions options;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        auto next = [&]() -> std::string_view {
            if (i + 1 >= args.size())
                throw UsageError(std::string(arg) + " needs a value");
            return args[++i];
        };
        if (arg == "--help" || arg == "-h")
            help = true;
        else if (arg == "--list")
            list = true;
        else if (arg == "--quiet")
            quiet = true;
        else if (arg == "--large")
            large = true;
        else if (arg == "--out")
            out = fs::path(std::string(next()));
        else if (arg == "--story")
            stories.emplace_back(next());
        else if (arg == "--rows") {
            options.rows = parseCount(arg, next());
            largeOptionGiven = true;
        } else if (arg == "--drift-rows") {
            options.driftRows = parseCount(arg, next());
            largeOptionGiven = true;
        } else if (arg == "--attribution-rows") {
            options.attributionRows = parseCount(arg, next());
            largeOptionGiven = true;
        } else if (arg == "--features") {
            options.features = parseCount(arg, next());
            largeOptionGiven = true;
        } else
            throw UsageError("unknown argument \"" + std::string(arg) + "\"");
    }

    if (help) {
        std::cout << kUsage;
        return 0;
    }
    if (list) {
        std::size_t width = 0;
        for (const auto &story : storyCatalog())
            width = std::max(width, story.name.size());
        for (const auto &story : storyCatalog())
            std::cout << story.name << std::string(width + 2 - story.name.size(), ' ') << story.description << "\n";
        return 0;
    }
    if (!out)
        throw UsageError("--out DIR is required");
    if (large && !stories.empty())
        throw UsageError("--large and --story cannot be combined");
    if (!large && largeOptionGiven)
        throw UsageError("--rows, --drift-rows, --attribution-rows and --features apply only with --large");
    if (sodium_init() < 0)
        throw std::runtime_error("libsodium could not be initialised");

    std::ostream *log = quiet ? nullptr : &std::cerr;
    if (large) {
        const fs::path dir = *out / "large";
        const auto start = std::chrono::steady_clock::now();
        generateLargePackage(options, dir, log);
        const auto seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        char line[160];
        std::snprintf(line, sizeof line, "wrote %s (%.1f MB) in %.2f s", dir.string().c_str(),
                      static_cast<double>(folderBytes(dir)) / 1e6, seconds);
        std::cout << line << "\n";
        return 0;
    }

    std::vector<const Story *> selected;
    std::set<std::string> seen;
    for (const auto &name : stories) {
        const Story *story = findStory(name);
        if (!story)
            throw UsageError("unknown story \"" + name + "\" (see --list)");
        if (seen.insert(name).second)
            selected.push_back(story);
    }
    if (selected.empty())
        for (const auto &story : storyCatalog())
            selected.push_back(&story);
    for (const Story *story : selected) {
        const fs::path dir = *out / story->name;
        story->generate(dir, log);
        char line[200];
        std::snprintf(line, sizeof line, "wrote %s (%s, %.0f KB)", dir.string().c_str(), story->kind.c_str(),
                      static_cast<double>(folderBytes(dir)) / 1024.0);
        std::cout << line << std::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    try {
        return run(argc, argv);
    } catch (const UsageError &e) {
        std::cerr << "countersign-samplegen: " << e.what() << "\n" << "Try --help.\n";
        return 2;
    } catch (const std::exception &e) {
        std::cerr << "countersign-samplegen: " << e.what() << "\n";
        return 1;
    }
}
