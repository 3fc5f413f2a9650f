#include "Csv.h"

#include <fast_float/fast_float.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

namespace cs::package {

namespace {

struct StringHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
};

using Dictionary = std::unordered_map<std::string, std::int32_t, StringHash, std::equal_to<>>;

QString shownValue(std::string_view value)
{
    QString text = QString::fromUtf8(value.data(), static_cast<qsizetype>(std::min<std::size_t>(value.size(), 40)));
    if (value.size() > 40)
        text += QStringLiteral("...");
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool isValidUtf8(std::string_view text)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((extra == 1 && cp < 0x80) || (extra == 2 && cp < 0x800) || (extra == 3 && cp < 0x10000)
            || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

struct ChunkError
{
    std::size_t localLine = 0;
    std::size_t column = 0; // index into the header
    QString message;
};

struct ColumnBuffer
{
    std::size_t headerIndex = 0;
    ColumnSpec spec;
    std::vector<double> numeric;
    std::vector<std::int32_t> codes;
    Dictionary dictionary;
    std::vector<std::string> levels;
    std::string chars;
    std::vector<std::uint64_t> ends;
    std::size_t missing = 0;
    std::int32_t lastCode = -1; // fast path: categorical columns repeat their values

    std::int32_t codeOf(std::string_view value)
    {
        if (lastCode >= 0 && levels[static_cast<std::size_t>(lastCode)] == value)
            return lastCode;
        auto it = dictionary.find(value);
        if (it == dictionary.end()) {
            const auto code = static_cast<std::int32_t>(levels.size());
            levels.emplace_back(value);
            it = dictionary.emplace(levels.back(), code).first;
        }
        lastCode = it->second;
        return it->second;
    }
};

} // namespace

struct CsvParse::Chunk
{
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t rows = 0;
    std::vector<ColumnBuffer> columns;
    std::vector<std::uint32_t> rowLocalLines;
    std::optional<ChunkError> error;
};

std::optional<double> parsePlainNumber(std::string_view text)
{
    // Plain decimal only: fast_float already refuses a leading '+', spaces and trailing text,
    // so what is left to refuse is its "inf"/"nan" spellings, which never start with a digit.
    const char *p = text.data();
    const char *end = p + text.size();
    if (p == end)
        return std::nullopt;
    const char first = *p == '-' ? (p + 1 < end ? p[1] : '\0') : *p;
    if (!((first >= '0' && first <= '9') || first == '.'))
        return std::nullopt;
    double value = 0.0;
    const auto result = fast_float::from_chars(p, end, value);
    // fast_float rounds an overflowing literal to infinity; the contract has no infinities.
    if (result.ec != std::errc() || result.ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<NumericColumn> toNumeric(const CategoricalColumn &column)
{
    std::vector<double> levelValues(column.levels.size());
    for (std::size_t i = 0; i < column.levels.size(); ++i) {
        const auto value = parsePlainNumber(column.levels[i]);
        if (!value)
            return std::nullopt;
        levelValues[i] = *value;
    }
    NumericColumn out;
    out.missing = column.missing;
    out.values.resize(column.codes.size());
    for (std::size_t i = 0; i < column.codes.size(); ++i) {
        const std::int32_t code = column.codes[i];
        out.values[i] = code < 0 ? kMissing : levelValues[static_cast<std::size_t>(code)];
    }
    return out;
}

const CsvColumn *CsvTable::find(std::string_view name) const
{
    for (const auto &column : columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

namespace {

// Reads one field starting at `pos`. Returns false (with `problem`) on malformed quoting.
// On return `pos` is at the delimiter (',' or line end) or at `size`.
bool readField(const char *data, std::size_t size, std::size_t &pos, std::string &scratch,
               std::string_view &value, std::size_t &linesInside, QString &problem)
{
    if (pos < size && data[pos] == '"') {
        scratch.clear();
        std::size_t p = pos + 1;
        for (;;) {
            const void *found = std::memchr(data + p, '"', size - p);
            if (!found) {
                problem = QStringLiteral("a quoted field is never closed");
                return false;
            }
            const std::size_t q = static_cast<std::size_t>(static_cast<const char *>(found) - data);
            scratch.append(data + p, q - p);
            linesInside += static_cast<std::size_t>(std::count(data + p, data + q, '\n'));
            if (q + 1 < size && data[q + 1] == '"') {
                scratch.push_back('"');
                p = q + 2;
                continue;
            }
            pos = q + 1;
            break;
        }
        if (pos < size && data[pos] != ',' && data[pos] != '\n'
            && !(data[pos] == '\r' && pos + 1 < size && data[pos + 1] == '\n')) {
            problem = QStringLiteral("text after the closing quote of a quoted field");
            return false;
        }
        value = scratch;
        return true;
    }
    const std::size_t start = pos;
    std::size_t p = pos;
    while (p < size) {
        const char c = data[p];
        if (c == ',' || c == '\n')
            break;
        if (c == '\r' && p + 1 < size && data[p + 1] == '\n')
            break;
        if (c == '"') {
            problem = QStringLiteral("a double quote inside a field that is not quoted");
            return false;
        }
        ++p;
    }
    pos = p;
    value = std::string_view(data + start, p - start);
    return true;
}

bool atLineEnd(const char *data, std::size_t size, std::size_t pos)
{
    return pos >= size || data[pos] == '\n' || (data[pos] == '\r' && pos + 1 < size && data[pos + 1] == '\n');
}

void skipLineEnd(const char *data, std::size_t size, std::size_t &pos)
{
    if (pos < size && data[pos] == '\r')
        ++pos;
    if (pos < size && data[pos] == '\n')
        ++pos;
}

} // namespace

CsvParse::CsvParse() = default;
CsvParse::CsvParse(CsvParse &&) noexcept = default;
CsvParse &CsvParse::operator=(CsvParse &&) noexcept = default;
CsvParse::~CsvParse() = default;

Result<CsvParse> CsvParse::begin(std::string_view bytes, QString fileName, CsvSchema schema,
                                 std::size_t targetChunkBytes)
{
    CsvParse parse;
    parse.m_bytes = bytes;
    parse.m_fileName = fileName;
    parse.m_schema = std::move(schema);

    std::size_t pos = 0;
    if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xEF\xBB\xBF", 3) == 0)
        pos = 3;
    if (pos >= bytes.size())
        return makeError(fileName + QStringLiteral(": the file is empty; expected a header line"));

    const char *data = bytes.data();
    const std::size_t size = bytes.size();
    if (atLineEnd(data, size, pos))
        return makeError(fileName + QStringLiteral(": line 1: the header line is blank"));
    std::string scratch;
    for (;;) {
        std::string_view value;
        std::size_t lines = 0;
        QString problem;
        if (!readField(data, size, pos, scratch, value, lines, problem))
            return makeError(fileName + QStringLiteral(": line 1, column %1: ").arg(parse.m_header.size() + 1) + problem);
        const std::size_t column = parse.m_header.size() + 1;
        if (value.empty())
            return makeError(fileName + QStringLiteral(": line 1, column %1: empty column name").arg(column));
        if (!isValidUtf8(value))
            return makeError(fileName + QStringLiteral(": line 1, column %1: the column name is not valid UTF-8").arg(column));
        const std::string name(value);
        if (std::find(parse.m_header.begin(), parse.m_header.end(), name) != parse.m_header.end())
            return makeError(fileName + QStringLiteral(": line 1, column %1: duplicate column name %2")
                                            .arg(column)
                                            .arg(shownValue(name)));
        parse.m_header.push_back(name);
        if (pos < size && data[pos] == ',') {
            ++pos;
            continue;
        }
        break;
    }
    skipLineEnd(data, size, pos);
    parse.m_bodyOffset = pos;

    for (const auto &required : parse.m_schema.requiredColumns) {
        if (std::find(parse.m_header.begin(), parse.m_header.end(), required) == parse.m_header.end())
            return makeError(fileName + QStringLiteral(": line 1: required column %1 is missing")
                                            .arg(shownValue(required)));
    }
    for (const auto &name : parse.m_header)
        parse.m_specs.push_back(parse.m_schema.columnSpec ? parse.m_schema.columnSpec(name) : ColumnSpec{});

    const std::string_view body = bytes.substr(pos);
    parse.m_hasQuotes = body.find('"') != std::string_view::npos;

    // Without quotes every '\n' ends a record, so the body can be cut at any line break.
    std::size_t start = pos;
    while (start < size) {
        std::size_t end = size;
        if (!parse.m_hasQuotes && size - start > targetChunkBytes * 3 / 2) {
            const void *nl = std::memchr(data + start + targetChunkBytes, '\n', size - start - targetChunkBytes);
            end = nl ? static_cast<std::size_t>(static_cast<const char *>(nl) - data) + 1 : size;
        }
        auto chunk = std::make_unique<Chunk>();
        chunk->begin = start;
        chunk->end = end;
        parse.m_chunks.push_back(std::move(chunk));
        start = end;
    }
    return parse;
}

void CsvParse::parseChunk(std::size_t index)
{
    Chunk &chunk = *m_chunks[index];
    const char *data = m_bytes.data();
    const std::size_t size = m_bytes.size();
    const std::size_t columnCount = m_header.size();

    for (std::size_t c = 0; c < columnCount; ++c) {
        if (m_specs[c].rule == ColumnRule::Skip)
            continue;
        ColumnBuffer buffer;
        buffer.headerIndex = c;
        buffer.spec = m_specs[c];
        chunk.columns.push_back(std::move(buffer));
    }
    // Header column -> kept column buffer (or -1).
    std::vector<int> bufferOf(columnCount, -1);
    for (std::size_t i = 0; i < chunk.columns.size(); ++i)
        bufferOf[chunk.columns[i].headerIndex] = static_cast<int>(i);

    // Average line length guess for reserving.
    const std::size_t expectedRows = (chunk.end - chunk.begin) / std::max<std::size_t>(columnCount * 4, 1) + 16;
    for (auto &buffer : chunk.columns) {
        if (buffer.spec.rule == ColumnRule::Numeric)
            buffer.numeric.reserve(expectedRows);
        else if (buffer.spec.rule == ColumnRule::RowId)
            buffer.ends.reserve(expectedRows);
        else
            buffer.codes.reserve(expectedRows);
    }

    std::string scratch;
    std::size_t pos = chunk.begin;
    std::size_t line = 1;
    auto fail = [&](std::size_t column, QString message) {
        chunk.error = ChunkError{line, column, std::move(message)};
    };

    while (pos < chunk.end) {
        const std::size_t rowLine = line;
        if (atLineEnd(data, size, pos)) {
            fail(0, QStringLiteral("blank line; a CSV file has no blank lines"));
            return;
        }
        std::size_t linesInside = 0;
        for (std::size_t c = 0; c < columnCount; ++c) {
            std::string_view value;
            QString problem;
            if (!readField(data, size, pos, scratch, value, linesInside, problem)) {
                fail(c, problem);
                return;
            }
            if (c + 1 < columnCount) {
                if (pos >= size || data[pos] != ',') {
                    fail(c, QStringLiteral("the row has %1 fields, the header has %2").arg(c + 1).arg(columnCount));
                    return;
                }
                ++pos;
            } else if (!atLineEnd(data, size, pos)) {
                // Count the rest field by field: a quoted extra field may hold commas.
                std::size_t fields = columnCount;
                std::size_t p = pos;
                std::string extraScratch;
                while (p < size && data[p] == ',') {
                    ++p;
                    ++fields;
                    std::string_view extra;
                    std::size_t extraLines = 0;
                    QString extraProblem;
                    if (!readField(data, size, p, extraScratch, extra, extraLines, extraProblem))
                        break;
                }
                fail(c, QStringLiteral("the row has %1 fields, the header has %2").arg(fields).arg(columnCount));
                return;
            }
            const int b = bufferOf[c];
            if (b < 0)
                continue;
            ColumnBuffer &buffer = chunk.columns[static_cast<std::size_t>(b)];
            switch (buffer.spec.rule) {
            case ColumnRule::Numeric: {
                if (value.empty()) {
                    if (!buffer.spec.allowMissing) {
                        fail(c, QStringLiteral("empty value; %1 must not be missing").arg(QString::fromStdString(m_header[c])));
                        return;
                    }
                    buffer.numeric.push_back(kMissing);
                    ++buffer.missing;
                    break;
                }
                if (buffer.spec.range == ValueRange::Label01) {
                    if (value != "0" && value != "1") {
                        fail(c, QStringLiteral("expected a label 0 or 1, got %1").arg(shownValue(value)));
                        return;
                    }
                    buffer.numeric.push_back(value[0] == '1' ? 1.0 : 0.0);
                    break;
                }
                const auto number = parsePlainNumber(value);
                if (!number) {
                    fail(c, QStringLiteral("expected a number, got %1").arg(shownValue(value)));
                    return;
                }
                if (buffer.spec.range == ValueRange::Probability && !(*number >= 0.0 && *number <= 1.0)) {
                    fail(c, QStringLiteral("%1 is outside [0, 1]").arg(shownValue(value)));
                    return;
                }
                buffer.numeric.push_back(*number);
                break;
            }
            case ColumnRule::Categorical:
            case ColumnRule::Inferred:
                if (value.empty()) {
                    buffer.codes.push_back(-1);
                    ++buffer.missing;
                } else {
                    buffer.codes.push_back(buffer.codeOf(value));
                }
                break;
            case ColumnRule::RowId:
                if (value.empty()) {
                    fail(c, QStringLiteral("empty %1").arg(QString::fromStdString(m_header[c])));
                    return;
                }
                buffer.chars.append(value);
                buffer.ends.push_back(buffer.chars.size());
                break;
            case ColumnRule::Skip:
                break;
            }
        }
        skipLineEnd(data, size, pos);
        line += 1 + linesInside;
        if (m_hasQuotes)
            chunk.rowLocalLines.push_back(static_cast<std::uint32_t>(rowLine));
        ++chunk.rows;
    }
}

Result<CsvTable> CsvParse::finish()
{
    const char *data = m_bytes.data();
    const auto headerLines = static_cast<std::size_t>(std::count(data, data + m_bodyOffset, '\n'));
    auto lineBefore = [&](std::size_t chunkBegin) {
        return headerLines + static_cast<std::size_t>(std::count(data + m_bodyOffset, data + chunkBegin, '\n'));
    };
    auto located = [&](std::size_t line, std::size_t column, const QString &message) {
        return makeError(m_fileName + QStringLiteral(": line %1, column %2 (%3): ")
                                          .arg(line)
                                          .arg(column + 1)
                                          .arg(QString::fromStdString(m_header[column]))
                         + message);
    };

    for (const auto &chunk : m_chunks) {
        if (chunk->error) {
            const ChunkError &e = *chunk->error;
            return located(lineBefore(chunk->begin) + e.localLine, e.column, e.message);
        }
    }

    CsvTable table;
    table.fileName = m_fileName;
    table.header = m_header;
    std::size_t rows = 0;
    for (const auto &chunk : m_chunks)
        rows += chunk->rows;
    table.rowCount = rows;
    table.firstRowLine = headerLines + 1;
    if (m_hasQuotes) {
        for (const auto &chunk : m_chunks) {
            for (std::uint32_t local : chunk->rowLocalLines)
                table.rowLines.push_back(static_cast<std::uint32_t>(headerLines + local));
        }
    }

    const std::size_t kept = m_chunks.empty() ? 0 : m_chunks.front()->columns.size();
    std::vector<std::size_t> keptHeaderIndex;
    if (m_chunks.empty()) {
        for (std::size_t c = 0; c < m_header.size(); ++c) {
            if (m_specs[c].rule != ColumnRule::Skip) {
                CsvColumn column;
                column.name = m_header[c];
                column.spec = m_specs[c];
                table.columns.push_back(std::move(column));
            }
        }
        return table;
    }

    for (std::size_t k = 0; k < kept; ++k) {
        const ColumnBuffer &first = m_chunks.front()->columns[k];
        CsvColumn column;
        column.name = m_header[first.headerIndex];
        column.spec = first.spec;
        switch (first.spec.rule) {
        case ColumnRule::Numeric: {
            column.numeric.values.reserve(rows);
            for (auto &chunk : m_chunks) {
                auto &buffer = chunk->columns[k];
                column.numeric.values.insert(column.numeric.values.end(), buffer.numeric.begin(), buffer.numeric.end());
                column.numeric.missing += buffer.missing;
                std::vector<double>().swap(buffer.numeric);
            }
            break;
        }
        case ColumnRule::Categorical:
        case ColumnRule::Inferred: {
            Dictionary global;
            column.categorical.codes.reserve(rows);
            for (auto &chunk : m_chunks) {
                auto &buffer = chunk->columns[k];
                std::vector<std::int32_t> remap(buffer.levels.size());
                for (std::size_t l = 0; l < buffer.levels.size(); ++l) {
                    auto it = global.find(buffer.levels[l]);
                    if (it == global.end()) {
                        const auto code = static_cast<std::int32_t>(column.categorical.levels.size());
                        column.categorical.levels.push_back(buffer.levels[l]);
                        it = global.emplace(buffer.levels[l], code).first;
                    }
                    remap[l] = it->second;
                }
                for (std::int32_t code : buffer.codes)
                    column.categorical.codes.push_back(code < 0 ? -1 : remap[static_cast<std::size_t>(code)]);
                column.categorical.missing += buffer.missing;
                std::vector<std::int32_t>().swap(buffer.codes);
            }
            for (std::size_t l = 0; l < column.categorical.levels.size(); ++l) {
                if (!isValidUtf8(column.categorical.levels[l])) {
                    const auto &codes = column.categorical.codes;
                    const auto row = static_cast<std::size_t>(
                        std::find(codes.begin(), codes.end(), static_cast<std::int32_t>(l)) - codes.begin());
                    return located(table.lineOfRow(row), first.headerIndex, QStringLiteral("the value is not valid UTF-8"));
                }
            }
            break;
        }
        case ColumnRule::RowId: {
            std::size_t totalChars = 0;
            for (const auto &chunk : m_chunks)
                totalChars += chunk->columns[k].chars.size();
            column.text.chars.reserve(totalChars);
            column.text.ends.reserve(rows);
            for (auto &chunk : m_chunks) {
                auto &buffer = chunk->columns[k];
                const std::uint64_t offset = column.text.chars.size();
                column.text.chars.append(buffer.chars);
                for (std::uint64_t e : buffer.ends)
                    column.text.ends.push_back(e + offset);
                std::string().swap(buffer.chars);
            }
            if (!isValidUtf8(column.text.chars)) {
                for (std::size_t row = 0; row < column.text.size(); ++row) {
                    if (!isValidUtf8(column.text.at(row)))
                        return located(table.lineOfRow(row), first.headerIndex, QStringLiteral("the value is not valid UTF-8"));
                }
            }
            // Duplicates: sort hashes, compare the strings only where hashes meet.
            std::vector<std::pair<std::uint64_t, std::uint32_t>> hashes(rows);
            for (std::size_t row = 0; row < rows; ++row)
                hashes[row] = {std::hash<std::string_view>{}(column.text.at(row)), static_cast<std::uint32_t>(row)};
            std::sort(hashes.begin(), hashes.end());
            std::optional<std::pair<std::uint32_t, std::uint32_t>> duplicate; // (first, second) rows
            for (std::size_t i = 1; i < hashes.size(); ++i) {
                if (hashes[i].first != hashes[i - 1].first)
                    continue;
                // Within one hash run, compare against every earlier row of the run.
                for (std::size_t j = i; j-- > 0 && hashes[j].first == hashes[i].first;) {
                    if (column.text.at(hashes[j].second) == column.text.at(hashes[i].second)) {
                        const std::pair<std::uint32_t, std::uint32_t> pair{hashes[j].second, hashes[i].second};
                        if (!duplicate || pair.second < duplicate->second)
                            duplicate = pair;
                    }
                }
            }
            if (duplicate)
                return located(table.lineOfRow(duplicate->second), first.headerIndex,
                               QStringLiteral("duplicate %1 %2 (first on line %3)")
                                   .arg(QString::fromStdString(column.name), shownValue(column.text.at(duplicate->second)))
                                   .arg(table.lineOfRow(duplicate->first)));
            break;
        }
        case ColumnRule::Skip:
            break;
        }
        table.columns.push_back(std::move(column));
    }
    return table;
}

Result<CsvTable> parseCsv(std::string_view bytes, const QString &fileName, const CsvSchema &schema)
{
    auto parse = CsvParse::begin(bytes, fileName, schema);
    if (!parse)
        return parse.error();
    for (std::size_t i = 0; i < parse->chunkCount(); ++i)
        parse->parseChunk(i);
    return parse->finish();
}

} // namespace cs::package
