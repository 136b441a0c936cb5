#include "driver/module_interface.h"

#include <deque>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "core/source_span.h"
#include "core/iface_io.h"
#include "core/renamer.h"

namespace driver {

// Note [Interface fingerprint]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// A module's fingerprint is a 64-bit FNV-1a hash of its interface body:
// every entity with its kind, parent, children and fixity, the exports,
// kinds, types, classes, instances, synonyms, the desugarer's names and
// every unfolding (Core with spans and ticks) -- everything an importer's
// compilation reads. It leaves out where each declaration is in its file
// (`IfaceWriter::unhashed`): moving a declaration within its file changes
// no importer's code. So:
//  - a change to a body that is not an unfolding (a function too big to
//    inline) leaves the fingerprint alone, and only the module itself is
//    recompiled;
//  - a change to a type, an export, an instance or an inlinable body changes
//    it, and every module compiled against the old one is recompiled.
// A module records the fingerprints of all the modules whose interfaces it
// was compiled against (its usages: the transitive imports), not just its
// direct imports, since an importer's code can name a module it does not
// import (an instance's dictionary, a name inside an inlined unfolding).
namespace {
constexpr char kMagic[] = "LZIF";
constexpr uint64_t kVersion = 3;
}  // namespace

std::string encodeInterface(const InterfaceHeader& h, std::string_view body) {
  core::IfaceWriter w;
  w.str(kMagic);
  w.num(kVersion);
  w.str(h.module);
  w.num(h.sourceHash);
  w.str(h.compiler);
  w.flag(h.costCentres);
  w.flag(h.optimise);
  w.flag(h.breakpoints);
  w.num(h.imports.size());
  for (const std::string& m : h.imports) w.str(m);
  w.num(h.usages.size());
  for (const auto& [m, fp] : h.usages) {
    w.str(m);
    w.num(fp);
  }
  w.num(h.fingerprint);
  w.num(fnv1a(body));
  w.str(body);
  return w.bytes();
}

absl::StatusOr<DecodedInterface> decodeInterface(std::string_view bytes) {
  core::IfaceReader r(bytes);
  DecodedInterface d;
  if (r.str() != kMagic) return absl::InvalidArgumentError("not an interface");
  if (uint64_t v = r.num(); v != kVersion)
    return absl::InvalidArgumentError(absl::StrCat("interface version ", v, ", expected ", kVersion));
  InterfaceHeader& h = d.header;
  h.module = r.str();
  h.sourceHash = r.num();
  h.compiler = r.str();
  h.costCentres = r.flag();
  h.optimise = r.flag();
  h.breakpoints = r.flag();
  size_t n = r.count();
  for (size_t i = 0; i < n && r.ok(); ++i) h.imports.push_back(r.str());
  n = r.count(2);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    std::string m = r.str();
    h.usages.emplace_back(std::move(m), r.num());
  }
  h.fingerprint = r.num();
  uint64_t checksum = r.num();
  uint64_t len = r.num();
  if (!r.ok()) return absl::InvalidArgumentError(r.error());
  if (len != bytes.size() - r.position()) return absl::InvalidArgumentError("interface has the wrong size");
  d.body = bytes.substr(r.position());
  if (fnv1a(d.body) != checksum) return absl::InvalidArgumentError("interface checksum mismatch");
  return d;
}

std::string describeInterface(std::string_view bytes) {
  absl::StatusOr<DecodedInterface> d = decodeInterface(bytes);
  if (!d.ok()) return absl::StrCat("  (unreadable: ", d.status().message(), ")\n");
  const InterfaceHeader& h = d->header;
  std::string out = absl::StrFormat("  module %s, fingerprint %016x, source hash %016x%s\n", h.module, h.fingerprint,
                                    h.sourceHash, absl::StrCat(h.costCentres ? ", cost centres" : "", h.optimise ? ", -O" : "",
                                                 h.breakpoints ? ", break sites" : ""));
  absl::StrAppend(&out, "  imports: ", h.imports.empty() ? "(none)" : absl::StrJoin(h.imports, " "), "\n");
  absl::StrAppend(&out, "  compiled against:\n");
  for (const auto& [m, fp] : h.usages) absl::StrAppend(&out, absl::StrFormat("    %-24s %016x\n", m, fp));
  // Only the renamer's part reads without a program: a renamer of its own
  // reads it, references to other modules' entities becoming placeholders
  // named by their keys.
  std::deque<core::Entity> placeholders;
  core::IfaceReader r(d->body, [&](const std::string& m, bool type, const std::string& n) {
    core::Entity& e = placeholders.emplace_back();
    e.kind = type ? core::EntityKind::TyCon : core::EntityKind::Var;
    e.module = m;
    e.name = n;
    return &e;
  });
  core::EntityTable entities;
  core::Renamer renamer(entities);
  const core::ModIface* iface = renamer.readInterface(h.module, r) ? renamer.interface(h.module) : nullptr;
  if (iface == nullptr) return absl::StrCat(out, "  (malformed: ", r.error(), ")\n");
  static const char* const kinds[] = {"value", "constructor", "field", "method", "type", "class", "local", "tyvar", "primitive"};
  absl::StrAppend(&out, "  entities:\n");
  for (const core::Entity* e : iface->defined) {
    std::string fixity;
    if (e->fixity) {
      core::Decl::Assoc a = e->fixity->assoc;
      fixity = absl::StrCat(" infix", a == core::Decl::Assoc::Left ? "l" : a == core::Decl::Assoc::Right ? "r" : "", " ",
                            e->fixity->precedence);
    }
    absl::StrAppend(&out, absl::StrFormat("    %-11s %s%s  (%s)\n", kinds[static_cast<int>(e->kind)], e->name, fixity,
                                          core::renderSpan(e->defined)));
  }
  std::vector<std::string> exports;
  for (const core::Entity* e : iface->exports) exports.push_back(e->qualified());
  absl::StrAppend(&out, "  exports: ", absl::StrJoin(exports, " "), "\n");
  absl::StrAppend(&out, "  kinds, types, classes, instances, names and unfoldings: ",
                  d->body.size() - r.position(), " bytes\n");
  return out;
}

}  // namespace driver
