#include "CsvWriter.h"

#include "Format.h"

#include <charconv>
#include <stdexcept>

namespace samplegen {

namespace {

std::string toHex(const unsigned char *digest, std::size_t size)
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    out.reserve(size * 2);
    for (std::size_t i = 0; i < size; ++i) {
        out.push_back(kHex[digest[i] >> 4]);
        out.push_back(kHex[digest[i] & 0x0f]);
    }
    return out;
}

} // namespace

std::string sha256Hex(std::string_view bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    return toHex(digest, sizeof digest);
}

CsvWriter::CsvWriter(const std::filesystem::path &path, std::size_t bufferBytes)
    : m_path(path)
    , m_limit(bufferBytes)
{
    m_file = std::fopen(path.string().c_str(), "wb");
    if (!m_file)
        throw std::runtime_error("cannot create " + path.string());
    m_buffer.reserve(m_limit + 4096);
    crypto_hash_sha256_init(&m_hash);
}

CsvWriter::~CsvWriter()
{
    if (m_file)
        std::fclose(m_file);
}

void CsvWriter::separator()
{
    if (m_rowStarted)
        m_buffer.push_back(',');
    m_rowStarted = true;
}

void CsvWriter::text(std::string_view value)
{
    separator();
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        m_buffer.append(value);
        return;
    }
    m_buffer.push_back('"');
    for (const char c : value) {
        if (c == '"')
            m_buffer.push_back('"');
        m_buffer.push_back(c);
    }
    m_buffer.push_back('"');
}

void CsvWriter::number(double value, int decimals)
{
    separator();
    appendFixed(m_buffer, value, decimals);
}

void CsvWriter::integer(std::int64_t value)
{
    separator();
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_buffer.append(digits, end);
}

void CsvWriter::missing()
{
    separator();
}

void CsvWriter::endRow()
{
    m_buffer.push_back('\n');
    m_rowStarted = false;
    if (m_buffer.size() >= m_limit)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.empty())
        return;
    crypto_hash_sha256_update(&m_hash, reinterpret_cast<const unsigned char *>(m_buffer.data()), m_buffer.size());
    if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size())
        throw std::runtime_error("cannot write " + m_path.string());
    m_bytes += m_buffer.size();
    m_buffer.clear();
}

WrittenFile CsvWriter::finish()
{
    if (m_finished)
        throw std::logic_error("CsvWriter::finish called twice");
    m_finished = true;
    flush();
    const int closed = std::fclose(m_file);
    m_file = nullptr;
    if (closed != 0)
        throw std::runtime_error("cannot write " + m_path.string());
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&m_hash, digest);
    return WrittenFile{toHex(digest, sizeof digest), m_bytes};
}

} // namespace samplegen
