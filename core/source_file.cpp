#include "core/source_file.h"

#include <deque>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace core {
namespace {

// Note [File table]: a deque, so that references stay valid as it grows.
std::deque<SourceFile>& table() {
  static std::deque<SourceFile> files;
  return files;
}

}  // namespace

std::string_view SourceFile::lineText(uint32_t line) const {
  std::string_view t = raw;
  size_t pos = 0;
  for (uint32_t l = 1; l < line; ++l) {
    size_t nl = t.find('\n', pos);
    if (nl == std::string_view::npos) return {};
    pos = nl + 1;
  }
  size_t nl = t.find('\n', pos);
  std::string_view s = t.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return s;
}

SourceFile makeSourceFile(std::string name, std::string text) {
  SourceFile f;
  f.literate = absl::EndsWith(name, ".lhs");
  f.name = std::move(name);
  f.raw = std::move(text);
  if (f.literate) {
    f.unlitError = unlit(f.raw, f.text);
  } else {
    f.text = f.raw;
  }
  return f;
}

const SourceFile& addSourceFile(std::string name, std::string text) {
  auto& t = table();
  SourceFile& f = t.emplace_back(makeSourceFile(std::move(name), std::move(text)));
  f.id = static_cast<FileId>(t.size());  // ids start at 1
  return f;
}

absl::StatusOr<const SourceFile*> loadSourceFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": can't find file"));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::DataLossError(absl::StrCat(path, ": read error"));
  return &addSourceFile(path, std::move(ss).str());
}

FileId fileIdNamed(const std::string& name) {
  for (const SourceFile& f : table())
    if (f.name == name) return f.id;
  return addSourceFile(name, "").id;
}

const SourceFile* sourceFile(FileId id) {
  auto& t = table();
  if (id == 0 || id > t.size()) return nullptr;
  return &t[id - 1];
}

const std::string& fileName(FileId id) {
  static const std::string* none = new std::string("<no file>");
  const SourceFile* f = sourceFile(id);
  return f ? f->name : *none;
}

}  // namespace core
