// Source files: their text, their name, and the global table that FileIds index.
//
// Invariant: a registered file is never removed or changed, so a FileId and a
// string_view into a file's text stay valid for the life of the process.
#pragma once

#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "core/source_span.h"
#include "core/unlit.h"

namespace core {

struct SourceFile {
  FileId id = 0;
  std::string name;   // as given on the command line / module search
  std::string text;   // the bytes the lexer reads (after unlit for .lhs)
  std::string raw;    // the bytes on disk (for error context lines)
  bool literate = false;
  std::optional<UnlitError> unlitError;  // .lhs only: why unlit failed

  // The text of line `line` (1-based) of the raw file, without its newline.
  std::string_view lineText(uint32_t line) const;
};

// Registers a file whose contents are already in memory. A name ending in
// ".lhs" makes it literate: `text` is then the unlit form (Note [Unlit]).
const SourceFile& addSourceFile(std::string name, std::string text);
// The same, without registering: the result has FileId 0 (tests, fuzzing).
SourceFile makeSourceFile(std::string name, std::string text);
// Reads a file from disk and registers it; fails with a message naming the
// file when it cannot be read.
absl::StatusOr<const SourceFile*> loadSourceFile(const std::string& path);

// The id of a file known only by name (spans read from an interface): the
// file read under that name, if any, else a new entry without text.
FileId fileIdNamed(const std::string& name);
const SourceFile* sourceFile(FileId id);   // nullptr for 0 or unknown ids
const std::string& fileName(FileId id);     // "<no file>" for 0

}  // namespace core
