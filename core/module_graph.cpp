#include "core/module_graph.h"

#include <algorithm>
#include <filesystem>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "core/absl_compat.h"
#include "core/parser.h"

namespace core {

namespace fs = std::filesystem;

std::string ModuleGraph::locate(const std::string& name) const {
  std::string rel = absl::StrReplaceAll(name, {{".", "/"}});
  for (const std::string& dir : searchPath_) {
    for (const char* ext : {".hs", ".lhs"}) {
      fs::path p = fs::path(dir) / (rel + ext);
      std::error_code ec;
      if (fs::is_regular_file(p, ec)) return p.lexically_normal().string();
    }
  }
  return {};
}

const ModuleNode* ModuleGraph::find(const std::string& name) const {
  auto it = byName_.find(name);
  return it == byName_.end() ? nullptr : it->second;
}

ModuleNode* ModuleGraph::loadFile(const std::string& path, const std::string& expectedName,
                                  const SrcSpan& importedAt, AstArena& arena,
                                  DiagnosticSink& sink) {
  auto file = loadSourceFile(path);
  if (!file.ok()) {
    sink.error(importedAt, std::string(file.status().message()));
    return nullptr;
  }
  Module* ast = parseFile(**file, arena, sink, resolveFixities_);
  if (ast == nullptr) return nullptr;
  std::string name = ast->moduleName();
  if (!expectedName.empty() && name != expectedName) {
    SrcSpan at = ast->name ? ast->name->span : SrcSpan{(*file)->id, {1, 1}, {1, 2}};
    sink.error(at, "File name does not match module name:",
               {absl::StrCat("Saw: ", core::quoted(name)), absl::StrCat("Expected: ", core::quoted(expectedName))});
    return nullptr;
  }
  if (byName_.contains(name)) {
    SrcSpan at = ast->name ? ast->name->span : SrcSpan{(*file)->id, {1, 1}, {1, 2}};
    sink.error(at, absl::StrCat("module ", core::quoted(name), " is defined by two files"),
               {absl::StrCat("the other one is ", fileName(byName_[name]->file->id))});
    return nullptr;
  }
  auto node = std::make_unique<ModuleNode>();
  node->name = name;
  node->file = *file;
  node->ast = ast;
  ModuleNode* n = node.get();
  nodes_.push_back(std::move(node));
  byName_[name] = n;
  return n;
}

bool ModuleGraph::loadRoot(const std::string& path, AstArena& arena, DiagnosticSink& sink,
                           const std::vector<std::string>& external) {
  external_ = external;
  root_ = loadFile(path, "", SrcSpan{}, arena, sink);
  if (root_ == nullptr) return false;
  return visit(root_, arena, sink);
}

bool ModuleGraph::visit(ModuleNode* node, AstArena& arena, DiagnosticSink& sink) {
  state_[node] = 1;
  stack_.push_back(node);
  // The implicit `import Prelude` (report 5.6.1) is an edge of the graph too.
  std::vector<std::pair<std::string, SrcSpan>> imports;
  bool explicitPrelude = false;
  for (const ImportDecl* imp : node->ast->imports) {
    imports.emplace_back(imp->module.str(), imp->span);
    explicitPrelude |= imp->module.str() == "Prelude";
  }
  if (!explicitPrelude && node->name != "Prelude" && node->name != "Lazuli.Prim") {
    const Module& m = *node->ast;
    imports.emplace_back("Prelude", m.name ? m.name->span : SrcSpan{m.span.file, {1, 1}, {1, 2}});
  }
  for (const auto& [name, importSpan] : imports) {
    if (std::find(external_.begin(), external_.end(), name) != external_.end()) continue;
    ModuleNode* child;
    auto it = byName_.find(name);
    if (it != byName_.end()) {
      child = it->second;
    } else {
      std::string path = locate(name);
      if (path.empty()) {
        sink.error(importSpan, absl::StrCat("Could not find module ", core::quoted(name)),
                   {"It is not a module in the current program, or in any known package."});
        return false;
      }
      child = loadFile(path, name, importSpan, arena, sink);
      if (child == nullptr) return false;
    }
    if (std::find(node->imports.begin(), node->imports.end(), child) == node->imports.end())
      node->imports.push_back(child);
    int st = state_[child];
    if (st == 1) {
      // A cycle: from `child` on the stack up to `node`, then back to `child`.
      auto from = std::find(stack_.begin(), stack_.end(), child);
      std::vector<std::string> lines;
      // GHC's wording: "module ‘A’ (A.hs) / imports ‘B’ (B.hs) / which imports ‘A’ (A.hs)".
      auto what = [](const ModuleNode* m) {
        return absl::StrCat(core::quoted(m->name), " (", fileName(m->file->id), ")");
      };
      for (auto i = from; i != stack_.end(); ++i) {
        lines.push_back(i == from ? absl::StrCat("       module ", what(*i))
                        : i == from + 1 ? absl::StrCat("      imports ", what(*i))
                                        : absl::StrCat("which imports ", what(*i)));
      }
      lines.push_back(absl::StrCat(stack_.end() - from == 1 ? "      imports " : "which imports ",
                                   what(child)));
      sink.error(importSpan, "Module imports form a cycle:", lines);
      return false;
    }
    if (st == 0 && !visit(child, arena, sink)) return false;
  }
  stack_.pop_back();
  state_[node] = 2;
  order_.push_back(node);
  return true;
}

}  // namespace core
