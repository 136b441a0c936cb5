#include "driver/make.h"

#include <algorithm>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "bytecode/verify.h"
#include "core/desugar.h"
#include "core/kinds.h"
#include "core/module_graph.h"
#include "core/renamer.h"
#include "core/typecheck.h"
#include "driver/core_passes.h"
#include "driver/exit_codes.h"
#include "driver/front_end.h"
#include "driver/module_interface.h"
#include "driver/object_cache.h"

namespace driver {

// Note [Recompilation avoidance]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// For each module the program needs (found as in Note [Module search]) the
// driver looks for an object (Note [Object locations]) whose interface
// header records this compiler, the same cost-centre setting and the hash
// of the module's current source. Such a module is not parsed: its header
// lists its imports, and the module graph is built from them. Then, in
// dependency order, a module is up to date when, besides, every module it
// was compiled against still has the fingerprint it had then (Note
// [Interface fingerprint]); its object is mapped and its code checked, and
// nothing else is done. Any other module is compiled: parsed if it was not,
// then renamed, kind- and type-checked and desugared against the
// interfaces of its transitive imports (read into the phases only now, and
// only those), turned into bytecode, and written as an object with its
// interface. An object that cannot be read is a reason to compile, never an
// error; only an object that cannot be written by `lazuli build` is.
//
// So a second build with nothing changed compiles nothing; a changed body
// that leaves the interface's fingerprint alone recompiles only its module;
// a changed interface recompiles every module compiled against it.

namespace {

bool readFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *out = std::move(s).str();
  return !in.bad();
}

// Note [Modules without break sites]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// With -fbreak-points every module of the program gets break sites, except
// the library's and a module whose header pragmas say
// `{-# OPTIONS_GHC -fno-break-points #-}` (GHC's flag; OPTIONS_LAZULI is
// read too). Such a module has no ModBreaks, and the ticks of its code
// inlined elsewhere are left out by the code generator (the interface's
// unfoldings of a module compiled without break sites have none anyway).
bool disablesBreakPoints(std::string_view text) {
  size_t at = 0;
  for (;;) {
    at = text.find_first_not_of(" \t\r\n", at);
    if (at == std::string_view::npos) return false;
    if (text.compare(at, 2, "--") == 0) {  // a line comment before the header
      at = text.find('\n', at);
      if (at == std::string_view::npos) return false;
      continue;
    }
    if (text.compare(at, 3, "{-#") != 0) return false;  // pragmas come first
    size_t end = text.find("#-}", at);
    if (end == std::string_view::npos) return false;
    std::string_view pragma = text.substr(at + 3, end - at - 3);
    size_t word = pragma.find_first_not_of(" \t\r\n");
    if (word != std::string_view::npos &&
        (pragma.compare(word, 11, "OPTIONS_GHC") == 0 || pragma.compare(word, 14, "OPTIONS_LAZULI") == 0) &&
        pragma.find("-fno-break-points") != std::string_view::npos)
      return true;
    at = end + 3;
  }
}

void printDiagnostics(const core::DiagnosticSink& sink) {
  for (const core::Diagnostic& d : sink.diagnostics()) std::fputs(core::renderDiagnostic(d).c_str(), stderr);
}

// Replaces the compiler's constructors in `m` by the registry's, so that
// compiled modules and modules read from objects agree on each one.
void shareConstructors(bc::BcoModule& m, bc::DataConRegistry& cons) {
  for (const bc::DataCon*& c : m.constructors) c = cons.intern(*c);
  for (bc::Bco& b : m.bcos)
    for (bc::Constant& k : b.consts)
      if (k.con) k.con = cons.intern(*k.con);
}

}  // namespace

struct MadeProgram::State {
  // The front end, kept alive for as long as the program (names and
  // constructors point into it).
  core::AstArena arena;
  core::EntityTable entities;
  core::DiagnosticSink sink;
  std::unique_ptr<core::ModuleGraph> graph;
  core::Renamer renamer{entities};
  core::KindArena kindArena;
  core::KindChecker kinds{kindArena};
  absl::flat_hash_map<std::string, const core::Entity*> syntax;
  std::unique_ptr<core::TyArena> types;
  std::unique_ptr<core::TypeChecker> checker;
  core::CoreArena coreArena;
  bc::StgArena stgArena;
  std::unique_ptr<core::Desugarer> desugarer;
  std::deque<bc::BcoModule> bytecode;
  std::vector<std::unique_ptr<bc::LoadedObject>> objects;

  // What is known of each module.
  struct Unit {
    bool library = false;
    std::string source;      // absolute path
    uint64_t sourceHash = 0;
    std::string objectPath;  // where its object is read from and written to; empty: nowhere
    std::unique_ptr<bc::ObjectInterface> object;  // an object compiled from this source
    DecodedInterface iface;                       // its interface, when `object` is set
    uint64_t fingerprint = 0;
    bool interfaceRead = false;  // read into the phases
    bool inCache = false;        // objectPath is in the cache folder
    // Compiled with break sites: -fbreak-points, not the library, and not
    // turned off by the module (Note [Modules without break sites]).
    bool breakSites = false;
  };
  absl::flat_hash_map<std::string, Unit> units;

  MakeOptions options;
  std::string libSources;  // the library's source folder (absolute)
  bc::DataConRegistry* cons = nullptr;

  Unit& unitFor(const std::string& name, const std::string& path);
  bool candidate(const std::string& name, Unit& u);
  bool readInterface(const std::string& name, Unit& u, int* code);
  bool compile(core::ModuleNode* node, Unit& u, const std::vector<core::ModuleNode*>& closure, size_t index,
               size_t total, int* code);
};

MadeProgram::MadeProgram() : state(std::make_unique<State>()) {}

std::vector<const bc::LoadedObject*> MadeProgram::objects() const {
  std::vector<const bc::LoadedObject*> out;
  for (const auto& o : state->objects) out.push_back(o.get());
  return out;
}
MadeProgram::~MadeProgram() = default;

MadeProgram::State::Unit& MadeProgram::State::unitFor(const std::string& name, const std::string& path) {
  auto [it, fresh] = units.try_emplace(name);
  Unit& u = it->second;
  if (!fresh) return u;
  std::error_code ec;
  u.source = std::filesystem::weakly_canonical(path, ec).string();
  u.library = u.source.rfind(libSources + "/", 0) == 0;
  std::string text;
  if (readFile(u.source, &text)) u.sourceHash = fnv1a(text);
  u.breakSites = options.breakpoints && !u.library && !disablesBreakPoints(text);
  if (u.library && options.costCentres) {
    // The library's own objects, when they were compiled from these sources.
    u.objectPath = objectPathIn(options.libraryObjects, name);
    if (candidate(name, u) || options.libraryOut) return u;
  }
  u.inCache = u.library || options.outDir.empty();
  u.objectPath = !u.inCache ? objectPathIn(options.outDir, name)
                            : cachedObjectPath(u.source, options.costCentres, options.optimise && !u.library,
                                               u.breakSites);
  candidate(name, u);
  return u;
}

// Whether u.objectPath holds an object of `name` compiled by this compiler
// from the current source with the current options.
bool MadeProgram::State::candidate(const std::string& name, Unit& u) {
  if (u.objectPath.empty()) return false;
  absl::StatusOr<std::unique_ptr<bc::ObjectInterface>> obj = bc::readObjectInterface(u.objectPath);
  if (!obj.ok()) return false;
  absl::StatusOr<DecodedInterface> d = decodeInterface((*obj)->bytes);
  if (!d.ok()) return false;
  const InterfaceHeader& h = d->header;
  if (h.module != name || h.sourceHash != u.sourceHash || h.compiler != compilerId() ||
      h.costCentres != options.costCentres || h.optimise != (options.optimise && !u.library) ||
      h.breakpoints != u.breakSites)
    return false;
  u.object = std::move(*obj);
  u.iface = *d;
  return true;
}

// Reads an up-to-date module's interface into the phases.
bool MadeProgram::State::readInterface(const std::string& name, Unit& u, int* code) {
  if (u.interfaceRead) return true;
  u.interfaceRead = true;
  core::IfaceReader r(u.iface.body, [this](const std::string& m, bool type, const std::string& n) {
    return renamer.findEntity(m, type, n);
  });
  bool ok = renamer.readInterface(name, r);
  const core::ModIface* mi = renamer.interface(name);
  ok = ok && mi && kinds.readInterface(r) && checker->readInterface(name, r, arena) &&
       desugarer->readInterface(name, mi->defined, r) && r.atEnd();
  if (ok) return true;
  std::fprintf(stderr, "lazuli: %s: bad object file: %s\n", u.objectPath.c_str(),
               r.ok() ? "interface has bytes left over" : r.error().c_str());
  *code = kExitUsage;
  return false;
}

bool MadeProgram::State::compile(core::ModuleNode* node, Unit& u, const std::vector<core::ModuleNode*>& closure,
                                 size_t index, size_t total, int* code) {
  *code = kExitCompile;
  if (!graph->parse(node, arena, sink)) {
    printDiagnostics(sink);
    return false;
  }
  const std::string& name = node->name;
  InterfaceHeader h;
  h.module = name;
  h.sourceHash = u.sourceHash;
  h.compiler = compilerId();
  h.costCentres = options.costCentres;
  h.optimise = options.optimise && !u.library;  // the library is compiled once, without
  h.breakpoints = u.breakSites;
  for (const auto& [imp, at] : core::importsOf(*node->ast)) h.imports.push_back(imp);
  for (core::ModuleNode* dep : closure) {
    Unit& du = units.at(dep->name);
    if (!readInterface(dep->name, du, code)) return false;
    h.usages.emplace_back(dep->name, du.fingerprint);
  }
  if (options.report && !u.library) {
    std::printf("[%zu of %zu] Compiling %-16s ( %s, %s )\n", index, total, name.c_str(), node->path.c_str(),
                u.objectPath.c_str());
    std::fflush(stdout);
  }
  bool ok = renamer.renameModule(*node->ast, arena, sink);
  if (ok && node == graph->root() && name == "Main") {
    const core::ModIface* main = renamer.interface("Main");
    bool hasMain = main && std::any_of(main->exports.begin(), main->exports.end(), [](const core::Entity* e) {
                     return e->name == "main" && e->kind == core::EntityKind::Var;
                   });
    if (!hasMain) {
      const core::Module& m = *node->ast;
      sink.error(core::SrcSpan{m.span.file, {1, 1}, {1, 2}},
                 "The IO action \u2018main\u2019 is not defined in module \u2018Main\u2019");
      ok = false;
    }
  }
  ok = ok && kinds.checkModule(*node->ast, sink) && checker->checkModules({node->ast}, sink);
  core::CoreModule m;
  std::vector<const core::CoreVar*> imported = desugarer->globals();
  ok = ok && !sink.hasErrors() && desugarer->desugarModule(*node->ast, m, sink);
  if (!ok || sink.hasErrors()) {
    printDiagnostics(sink);
    return false;
  }
  if (!afterDesugaring(m, *desugarer, coreArena, imported, options.lint, h.optimise, u.library)) return false;
  if (options.dumpCore) {
    std::string text = core::printCoreModule(m);
    std::fwrite(text.data(), 1, text.size(), stdout);
  }
  // Ticks of a module without break sites are left out (inlined from an
  // interface, they name a module whose objects have no ModBreaks).
  bc::BreakModules breaks = [this](const std::string& mod) { return units.contains(mod) && units.at(mod).breakSites; };
  bc::BcoModule& b = bytecode.emplace_back(
      bc::generateBytecode(bc::coreToStg(m, stgArena, breaks), options.costCentres, !u.library));
  b.breakSites = m.breakSites;
  b.breakSiteCount = static_cast<uint32_t>(m.breakSites.size());
  if (options.lint)
    if (absl::Status st = bc::verifyModule(b); !st.ok()) {
      std::fprintf(stderr, "lazuli: internal error: bytecode of %s: %s\n", name.c_str(),
                   std::string(st.message()).c_str());
      return false;
    }
  core::IfaceWriter w;
  renamer.writeInterface(name, w);
  const std::vector<const core::Entity*>& defined = renamer.interface(name)->defined;
  kinds.writeInterface(defined, w);
  checker->writeInterface(name, defined, w);
  desugarer->writeInterface(m, defined, w);
  h.fingerprint = w.fingerprint();
  u.fingerprint = h.fingerprint;
  u.interfaceRead = true;  // the phases know it: they just compiled it
  if (!u.objectPath.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(u.objectPath).parent_path(), ec);
    absl::Status st = bc::writeObject(b, u.objectPath, encodeInterface(h, w.bytes()));
    bool mustWrite = u.library ? options.libraryOut : !options.outDir.empty();
    if (!st.ok() && mustWrite) {  // the cache only ever saves work
      std::fprintf(stderr, "lazuli: %s\n", std::string(st.message()).c_str());
      *code = kExitUsage;
      return false;
    }
  }
  shareConstructors(b, *cons);
  *code = kExitOk;
  return true;
}

namespace {

// `node` and everything it imports, transitively, in dependency order (the
// node itself last).
std::vector<core::ModuleNode*> importClosure(const core::ModuleGraph& g, core::ModuleNode* node) {
  absl::flat_hash_set<const core::ModuleNode*> seen;
  std::vector<core::ModuleNode*> todo{node};
  while (!todo.empty()) {
    core::ModuleNode* n = todo.back();
    todo.pop_back();
    if (!seen.insert(n).second) continue;
    for (core::ModuleNode* i : n->imports) todo.push_back(i);
  }
  std::vector<core::ModuleNode*> out;
  for (core::ModuleNode* n : g.order())
    if (seen.contains(n)) out.push_back(n);
  return out;
}

}  // namespace

std::unique_ptr<MadeProgram> makeProgram(const std::string& path, const MakeOptions& options, int* code) {
  auto made = std::make_unique<MadeProgram>();
  MadeProgram::State& s = *made->state;
  s.options = options;
  if (s.options.libraryObjects.empty()) s.options.libraryObjects = libraryObjectDir();
  s.cons = &made->cons;
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    std::fprintf(stderr, "lazuli: %s: can't find file\n", path.c_str());
    *code = kExitUsage;
    return nullptr;
  }
  s.libSources = std::filesystem::weakly_canonical(libraryDir(), ec).string();
  std::vector<std::string> dirs = options.searchDirs;
  if (dirs.empty()) {
    std::string parent = std::filesystem::path(path).parent_path().string();
    dirs.push_back(parent.empty() ? "." : parent);
  }
  dirs.push_back(libraryDir());
  s.graph = std::make_unique<core::ModuleGraph>(dirs, /*resolveFixities=*/false);
  s.graph->setPrecompiled([&s](const std::string& name, const std::string& file, std::vector<std::string>* imports) {
    MadeProgram::State::Unit& u = s.unitFor(name, file);
    if (!u.object) return false;
    *imports = u.iface.header.imports;
    return true;
  });
  if (!s.graph->loadRoot(path, s.arena, s.sink)) {
    printDiagnostics(s.sink);
    *code = kExitCompile;
    return nullptr;
  }
  phaseTimer().mark("graph");
  s.syntax = s.renamer.builtinTypes();
  s.types = std::make_unique<core::TyArena>(s.syntax);
  s.checker = std::make_unique<core::TypeChecker>(s.renamer, *s.types);
  s.checker->recordExpressionTypes(options.breakpoints);  // for break sites' _result
  core::DesugarOptions dopts;
  dopts.costCentres = options.costCentres;
  dopts.breakpoints = options.breakpoints;  // the desugarer gives the library none (isLibraryModule)
  dopts.isLibraryModule = [&s](const std::string& m) { return s.units.contains(m) && s.units.at(m).library; };
  dopts.breakSitesIn = [&s](const std::string& m) { return s.units.contains(m) && s.units.at(m).breakSites; };
  dopts.ioArity = [&s](const core::Entity* e) { return s.checker->ioArity(e); };
  s.desugarer = std::make_unique<core::Desugarer>(s.checker->elaboration(), s.renamer.builtins(), s.coreArena, dopts);
  const std::vector<core::ModuleNode*>& order = s.graph->order();
  size_t total = 0, index = 0;
  for (core::ModuleNode* node : order) total += s.unitFor(node->name, node->path).library ? 0 : 1;
  absl::flat_hash_map<std::string, uint64_t> current;  // fingerprints as of this run
  for (core::ModuleNode* node : order) {
    MadeProgram::State::Unit& u = s.unitFor(node->name, node->path);
    if (!u.library) ++index;
    bool upToDate = u.object != nullptr;
    if (upToDate)
      for (const auto& [dep, fp] : u.iface.header.usages)
        if (auto it = current.find(dep); it == current.end() || it->second != fp) upToDate = false;
    if (upToDate) {
      absl::StatusOr<std::unique_ptr<bc::LoadedObject>> obj = bc::readObject(u.objectPath, made->cons);
      if (obj.ok()) {
        if (u.inCache) touchCachedObject(u.objectPath);  // Note [Cache eviction]
        made->modules.push_back(&(*obj)->module);
        s.objects.push_back(std::move(*obj));
        u.fingerprint = u.iface.header.fingerprint;
        current[node->name] = u.fingerprint;
        continue;
      }
    }
    std::vector<core::ModuleNode*> closure = importClosure(*s.graph, node);
    closure.pop_back();  // the node itself
    if (!s.compile(node, u, closure, index, total, code)) return nullptr;
    made->modules.push_back(&s.bytecode.back());
    made->compiled.push_back(node->name);
    current[node->name] = u.fingerprint;
    phaseTimer().mark(absl::StrCat("compile ", node->name).c_str());
  }
  made->root = s.graph->root()->name;
  bool wroteCache = false;
  for (const std::string& m : made->compiled) wroteCache |= s.units.at(m).inCache;
  if (wroteCache) evictCache();
  // With LAZULI_TIMING, "load" says that nothing was compiled (the tests rely on it).
  phaseTimer().mark(made->compiled.empty() ? "load" : "objects");
  *code = kExitOk;
  return made;
}

int buildLibrary(const std::string& dir) {
  MakeOptions options;
  options.libraryObjects = dir.empty() ? libraryObjectDir() : dir;
  options.libraryOut = true;
  std::error_code ec;
  std::vector<std::string> files;
  for (const auto& f : std::filesystem::recursive_directory_iterator(libraryDir(), ec))
    if (f.path().extension() == ".hs") files.push_back(f.path().string());
  std::sort(files.begin(), files.end());
  int code = kExitOk;
  for (const std::string& f : files) {
    // Each module as a root: what an earlier root compiled is up to date by now.
    std::unique_ptr<MadeProgram> made = makeProgram(f, options, &code);
    if (!made) return code;
    (void)made.release();  // the process ends soon
  }
  return kExitOk;
}

void registerBreakSites(const MadeProgram& made, bp::Registry& registry) {
  absl::flat_hash_map<const bc::BcoModule*, const bc::LoadedObject*> fromObject;
  for (const bc::LoadedObject* o : made.objects()) fromObject[&o->module] = o;
  for (const bc::BcoModule* m : made.modules) {
    if (m->breakSiteCount == 0) continue;
    bp::ModBreaks::Loader load;
    if (auto it = fromObject.find(m); it != fromObject.end()) {
      const bc::LoadedObject* o = it->second;
      load = [o] { return bc::readBreakSites(*o); };
    } else {
      load = [m]() -> absl::StatusOr<std::vector<core::BreakSite>> { return m->breakSites; };
    }
    registry.add(m->name, m->breakSiteCount, std::move(load));
  }
}

}  // namespace driver
