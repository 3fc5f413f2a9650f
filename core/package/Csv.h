#pragma once

// RFC 4180 CSV into typed columns (contract section 1): numbers as contiguous doubles,
// labels as categorical codes, row ids as one character buffer. No allocation per cell;
// large files are cut into chunks at line breaks and parsed on all cores.

#include "util/Result.h"

#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cs::package {

enum class ColumnRule {
    Skip,        // not needed by any metric
    Numeric,     // plain decimal numbers
    Categorical, // string labels, dictionary-encoded
    Inferred,    // kept as labels; numeric when every value parses (see toNumeric)
    RowId,       // unique, non-empty identifiers
};

enum class ValueRange { Any, Label01, Probability };

struct ColumnSpec
{
    ColumnRule rule = ColumnRule::Skip;
    bool allowMissing = true;
    ValueRange range = ValueRange::Any;
};

struct CsvSchema
{
    std::function<ColumnSpec(std::string_view header)> columnSpec;
    std::vector<std::string> requiredColumns;
};

inline constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();

struct NumericColumn
{
    std::vector<double> values; // NaN where missing
    std::size_t missing = 0;
};

struct CategoricalColumn
{
    std::vector<std::int32_t> codes; // -1 where missing
    std::vector<std::string> levels;
    std::size_t missing = 0;
};

struct TextColumn
{
    std::string chars;
    std::vector<std::uint64_t> ends; // value i is chars[ends[i-1], ends[i])
    std::string_view at(std::size_t i) const
    {
        const std::uint64_t begin = i == 0 ? 0 : ends[i - 1];
        return std::string_view(chars).substr(begin, ends[i] - begin);
    }
    std::size_t size() const { return ends.size(); }
};

struct CsvColumn
{
    std::string name;
    ColumnSpec spec;
    NumericColumn numeric;
    CategoricalColumn categorical;
    TextColumn text;
};

class CsvTable
{
public:
    QString fileName;
    std::size_t rowCount = 0;
    std::vector<std::string> header;
    std::vector<CsvColumn> columns; // only the columns not skipped
    // Physical line of each row when it is not simply row + 2 (quoted line breaks).
    std::vector<std::uint32_t> rowLines;
    std::size_t firstRowLine = 2; // the header may span lines (a quoted line break)

    const CsvColumn *find(std::string_view name) const;
    std::size_t lineOfRow(std::size_t row) const { return rowLines.empty() ? row + firstRowLine : rowLines[row]; }
};

// Parses a number in the contract's plain decimal form; nullopt for anything else.
std::optional<double> parsePlainNumber(std::string_view text);

// The numeric form of an Inferred column, when every non-missing value is a number.
std::optional<NumericColumn> toNumeric(const CategoricalColumn &column);

// Chunked parsing, so that a caller can spread the chunks of several files over one pool.
class CsvParse
{
public:
    // Reads the header and plans chunks; fails on a bad header.
    static Result<CsvParse> begin(std::string_view bytes, QString fileName, CsvSchema schema,
                                  std::size_t targetChunkBytes = 8u << 20);

    std::size_t chunkCount() const { return m_chunks.size(); }
    // Thread-safe for distinct chunk indexes.
    void parseChunk(std::size_t index);
    // Merges the chunks into one table (or reports the first problem, in file order).
    Result<CsvTable> finish();

    CsvParse(CsvParse &&) noexcept;
    CsvParse &operator=(CsvParse &&) noexcept;
    ~CsvParse();

    struct Chunk;

private:
    CsvParse();
    std::string_view m_bytes;
    QString m_fileName;
    CsvSchema m_schema;
    std::vector<std::string> m_header;
    std::vector<ColumnSpec> m_specs; // per header column
    std::size_t m_bodyOffset = 0;
    bool m_hasQuotes = false;
    std::vector<std::unique_ptr<Chunk>> m_chunks;
};

// Convenience: the whole file on the calling thread.
Result<CsvTable> parseCsv(std::string_view bytes, const QString &fileName, const CsvSchema &schema);

} // namespace cs::package
