#pragma once

// A buffered RFC 4180 writer that hashes the bytes as it writes them: fields are appended to
// one large in-memory block that goes to disk (and through SHA-256) a few megabytes at a time.

#include <sodium.h>

#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>

namespace samplegen {

struct WrittenFile
{
    std::string sha256; // lowercase hex of the file's bytes
    std::uint64_t bytes = 0;
};

class CsvWriter
{
public:
    explicit CsvWriter(const std::filesystem::path &path, std::size_t bufferBytes = std::size_t{4} << 20);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    void text(std::string_view value); // quoted only when it must be
    void number(double value, int decimals);
    void integer(std::int64_t value);
    void missing();
    void endRow();

    // Flushes and closes; throws std::runtime_error when the file could not be written.
    WrittenFile finish();

private:
    void separator();
    void flush();

    std::filesystem::path m_path;
    std::FILE *m_file = nullptr;
    std::string m_buffer;
    std::size_t m_limit;
    bool m_rowStarted = false;
    bool m_finished = false;
    std::uint64_t m_bytes = 0;
    crypto_hash_sha256_state m_hash{};
};

// Lowercase hex SHA-256 of a byte string.
std::string sha256Hex(std::string_view bytes);

} // namespace samplegen
