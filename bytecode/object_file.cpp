#include "bytecode/object_file.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <unistd.h>

#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "bytecode/verify.h"
#include "core/iface_io.h"
#include "core/source_file.h"

namespace bc {

// Note [Object layout on disk]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~~~
// An .lzm is an ELF64 file whose layout in the file is its layout in memory
// (each offset is its own address; one PT_LOAD, p_filesz == p_memsz):
//
//   0x0000  ELF header, program header table
//   0x1000  .lz.bco      header, BCO records, symbols of the tops,
//                        constructors, then the code words        } PT_LOAD
//           .lz.rodata   constant records, then their bytes        }
//           .lz.ccs      cost centres (names and spans)
//           .lz.iface    the module's interface (core/iface_io.h; only
//                        the compiler reads it)
//           .symtab      one symbol per top-level binding (value: its BCO)
//           .strtab      names
//           .lz.lines    per BCO: its span, a line table (Note [Debug sections])
//           .lz.locals   per BCO: parameter names, local variables and ranges
//           .lz.breaks   the module's breakpoint sites (span, declarations,
//                        captured variables)
//           .shstrtab    section names
//           section header table
//
// What running needs comes first and is page-aligned; what only a
// backtrace, the debugger or objdump reads (cost centres, symbols) comes
// after, and the section table last. Records are fixed-size little-endian
// structs of 32-bit fields (64-bit for numbers); names are offsets into
// .strtab; constants' bytes are offset and length into .lz.rodata, since
// strings may hold NULs. The reader checks every offset, count and index
// against the section it points into, then verifies the bytecode
// (bytecode/verify.h) before anything runs it.
namespace {

constexpr char kMagic[4] = {'L', 'Z', 'B', '1'};
constexpr uint32_t kVersion = 3;
constexpr uint64_t kPage = 0x1000;

struct BcoHeader {
  char magic[4];
  uint32_t version, moduleName, bcoCount, topCount, conCount, fieldCount, codeWords;
  uint32_t breakModuleCount;  // entries of the BRK_FUN module table (after the field names)
  uint32_t breakSiteCount;    // the module's own break sites (their table is .lz.breaks)
  uint32_t reserved;
  uint64_t checksum;  // Note [Object checksum]
};
struct BcoRecord {
  uint32_t name, thunk, arity, numFree, frameSize, codeStart, codeLength, constStart, constCount;
};
struct TopRecord {
  uint32_t name, bco;
};
struct ConRecord {
  uint32_t module, name, tag, arity, fieldStart, fieldCount;
};
struct ConstRecord {
  uint32_t kind, index;
  int64_t i;
  double d;
  uint32_t text, textLength, conModule, conName, conTag, conArity;
};
struct RodataHeader {
  uint32_t constCount, poolBytes;
};
struct CcRecord {
  uint32_t module, label, file, startLine, startCol, endLine, endCol, isCaf;
};
static_assert(sizeof(BcoHeader) == 56 && sizeof(BcoRecord) == 36 && sizeof(ConstRecord) == 48 &&
              sizeof(CcRecord) == 32);

// ---- writing ------------------------------------------------------------------------------

class Strings {
 public:
  Strings() { bytes_.push_back('\0'); }
  uint32_t add(const std::string& s) {
    auto [it, fresh] = index_.try_emplace(s, static_cast<uint32_t>(bytes_.size()));
    if (fresh) {
      bytes_.insert(bytes_.end(), s.begin(), s.end());
      bytes_.push_back('\0');
    }
    return it->second;
  }
  const std::vector<char>& bytes() const { return bytes_; }

 private:
  std::vector<char> bytes_;
  absl::flat_hash_map<std::string, uint32_t> index_;
};

template <class T>
void put(std::vector<char>& out, const T& v) {
  const char* p = reinterpret_cast<const char*>(&v);
  out.insert(out.end(), p, p + sizeof v);
}

// Note [Object checksum]
// ~~~~~~~~~~~~~~~~~~~~~~
// The verifier proves that code cannot crash the interpreter, not that it
// is the code that was compiled: a flipped bit in a literal or a name is
// still valid bytecode. So the header holds a checksum of what the reader
// interprets (.lz.bco after the header, .lz.rodata, .lz.ccs, .strtab),
// checked before anything else is read. It guards against damage, not
// malice; 8 bytes a step, so that checking a large object costs a fraction
// of mapping it.
uint64_t checksum(std::initializer_list<std::string_view> parts) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (std::string_view p : parts) {
    size_t i = 0;
    for (; i + 8 <= p.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, p.data() + i, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdull;
      h ^= h >> 32;
    }
    for (; i < p.size(); ++i) h = (h ^ static_cast<unsigned char>(p[i])) * 0x100000001b3ull;
    h = (h ^ p.size()) * 0xc4ceb9fe1a85ec53ull;
  }
  return h;
}

uint64_t alignUp(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }

struct Section {
  const char* name;
  uint32_t type;
  uint64_t flags;
  uint64_t align;
  Elf_Type dataType;
  const std::vector<char>* bytes;
  uint64_t entsize = 0;
  uint64_t offset = 0;
};

}  // namespace

// Note [Code in the mapping]
// ~~~~~~~~~~~~~~~~~~~~~~~~~~
// Every record before the code words is a multiple of 4 bytes long and
// .lz.bco starts a page, so the code words of each BCO are aligned in the
// file and in the mapping. The loader points each BCO's code (CodeWords)
// at its words in place; the interpreter runs them from there. The mapping
// is read-only and lives as long as the LoadedObject (for a run, the whole
// process). Constants are still read into records of their own: they need
// the linker's heap objects anyway.

// Note [Debug sections]
// ~~~~~~~~~~~~~~~~~~~~~
// .lz.lines and .lz.locals come after everything running reads, so a
// program that never stops or fails never pages them in. Each starts with
// the BCO count and a table of 32-bit offsets, one per BCO, then the
// records in the interface encoding (core/iface_io.h), each on its own
// (file names are not shared between records): looking up one BCO reads
// its record only (readBcoDebug). Lines: the closure's span, then the
// entries as (pc, span). Locals: the parameter names, then each local's
// name, type, slot (or payload word, for a captured free variable) and
// live range [from, to). .lz.breaks is one record:
// the module's break sites, each with its span, enclosing declarations and
// captured variables (name and type); the breakpoint engine reads it when
// a breakpoint is set in the module (readBreakSites).
std::vector<char> debugSection(const BcoModule& m, bool locals) {
  // The count, then the offset table (filled in below).
  std::vector<char> out(4 + 4 * m.bcos.size());
  uint32_t count = static_cast<uint32_t>(m.bcos.size());
  std::memcpy(out.data(), &count, 4);
  size_t table = 4;
  for (size_t i = 0; i < m.bcos.size(); ++i) {
    uint32_t at = static_cast<uint32_t>(out.size());
    std::memcpy(out.data() + table + 4 * i, &at, 4);
    const BcoDebug& d = m.bcos[i].debug;
    core::IfaceWriter w;
    if (!locals) {
      w.span(d.span);
      w.num(d.lines.size());
      for (const LineEntry& e : d.lines) {
        w.num(e.pc);
        w.span(e.span);
      }
    } else {
      w.num(d.params.size());
      for (const std::string& p : d.params) w.str(p);
      w.num(d.locals.size());
      for (const LocalVar& v : d.locals) {
        w.str(v.name);
        w.str(v.type);
        w.num(v.slot);
        w.flag(v.captured);
        w.num(v.from);
        w.num(v.to);
      }
    }
    out.insert(out.end(), w.bytes().begin(), w.bytes().end());
  }
  return out;
}

absl::Status writeObject(const BcoModule& m, const std::string& path, std::string_view iface) {
  Strings strtab;
  std::vector<char> bco, rodata, ccs;
  // .lz.bco
  std::vector<const DataCon*> cons = m.constructors;
  uint32_t fieldCount = 0;
  for (const DataCon* c : cons) fieldCount += static_cast<uint32_t>(c->fields.size());
  uint32_t codeWords = 0, constCount = 0;
  for (const Bco& b : m.bcos) {
    codeWords += static_cast<uint32_t>(b.code.size());
    constCount += static_cast<uint32_t>(b.consts.size());
  }
  BcoHeader h{};
  std::memcpy(h.magic, kMagic, 4);
  h.version = kVersion;
  h.moduleName = strtab.add(m.name);
  h.bcoCount = static_cast<uint32_t>(m.bcos.size());
  h.topCount = static_cast<uint32_t>(m.tops.size());
  h.conCount = static_cast<uint32_t>(cons.size());
  h.fieldCount = fieldCount;
  h.codeWords = codeWords;
  h.breakModuleCount = static_cast<uint32_t>(m.breakModules.size());
  h.breakSiteCount = static_cast<uint32_t>(m.breakSites.size());
  put(bco, h);
  uint32_t codeAt = 0, constAt = 0;
  for (const Bco& b : m.bcos) {
    put(bco, BcoRecord{strtab.add(b.name), b.thunk ? 1u : 0u, b.arity, b.numFree, b.frameSize, codeAt,
                       static_cast<uint32_t>(b.code.size()), constAt, static_cast<uint32_t>(b.consts.size())});
    codeAt += static_cast<uint32_t>(b.code.size());
    constAt += static_cast<uint32_t>(b.consts.size());
  }
  for (const BcoModule::Top& t : m.tops) put(bco, TopRecord{strtab.add(t.name), t.bco});
  uint32_t fieldAt = 0;
  for (const DataCon* c : cons) {
    put(bco, ConRecord{strtab.add(c->module), strtab.add(c->name), c->tag, c->arity, fieldAt,
                       static_cast<uint32_t>(c->fields.size())});
    fieldAt += static_cast<uint32_t>(c->fields.size());
  }
  for (const DataCon* c : cons)
    for (const std::string& f : c->fields) put(bco, strtab.add(f));
  for (const std::string& name : m.breakModules) put(bco, strtab.add(name));
  for (const Bco& b : m.bcos)
    for (uint32_t w : b.code) put(bco, w);
  // .lz.rodata
  std::vector<char> pool;
  put(rodata, RodataHeader{constCount, 0});
  for (const Bco& b : m.bcos)
    for (const Constant& c : b.consts) {
      ConstRecord r{};
      r.kind = static_cast<uint32_t>(c.kind);
      r.index = c.index;
      r.i = c.i;
      r.d = c.d;
      r.text = static_cast<uint32_t>(pool.size());
      r.textLength = static_cast<uint32_t>(c.text.size());
      pool.insert(pool.end(), c.text.begin(), c.text.end());
      if (c.con) {
        r.conModule = strtab.add(c.con->module);
        r.conName = strtab.add(c.con->name);
        r.conTag = c.con->tag;
        r.conArity = c.con->arity;
      }
      put(rodata, r);
    }
  reinterpret_cast<RodataHeader*>(rodata.data())->poolBytes = static_cast<uint32_t>(pool.size());
  rodata.insert(rodata.end(), pool.begin(), pool.end());
  // .lz.ccs
  put(ccs, static_cast<uint32_t>(m.costCentres.size()));
  for (const ccs::CostCentre& cc : m.costCentres)
    put(ccs, CcRecord{strtab.add(cc.module), strtab.add(cc.label), strtab.add(core::fileName(cc.span.file)),
                      cc.span.start.line, cc.span.start.col, cc.span.end.line, cc.span.end.col, cc.isCaf ? 1u : 0u});
  // .symtab: the null symbol, then the tops (all global).
  std::vector<char> symtab;
  put(symtab, Elf64_Sym{});
  for (const BcoModule::Top& t : m.tops) {
    Elf64_Sym s{};
    s.st_name = strtab.add(t.name);
    s.st_info = ELF64_ST_INFO(STB_GLOBAL, m.bcos[t.bco].thunk ? STT_OBJECT : STT_FUNC);
    s.st_shndx = 1;  // .lz.bco
    s.st_value = t.bco;
    s.st_size = m.bcos[t.bco].code.size();
    put(symtab, s);
  }
  std::vector<char> strBytes = strtab.bytes();
  uint64_t sum = checksum({std::string_view(bco.data() + sizeof(BcoHeader), bco.size() - sizeof(BcoHeader)),
                           std::string_view(rodata.data(), rodata.size()), std::string_view(ccs.data(), ccs.size()),
                           std::string_view(strBytes.data(), strBytes.size())});
  std::memcpy(bco.data() + offsetof(BcoHeader, checksum), &sum, sizeof sum);
  std::vector<char> ifaceBytes(iface.begin(), iface.end());
  std::vector<char> linesBytes = debugSection(m, false), localsBytes = debugSection(m, true);
  std::vector<char> breaksBytes;
  {
    core::IfaceWriter w;
    w.num(m.breakSites.size());
    for (const BreakSite& b : m.breakSites) {
      w.span(b.span);
      w.str(b.decl);
      w.num(b.vars.size());
      for (const auto& [name, type] : b.vars) {
        w.str(name);
        w.str(type);
      }
      w.str(b.resultType);
    }
    breaksBytes.assign(w.bytes().begin(), w.bytes().end());
  }
  Strings shstr;
  std::vector<Section> sections = {
      {".lz.bco", SHT_PROGBITS, SHF_ALLOC, kPage, ELF_T_BYTE, &bco},
      {".lz.rodata", SHT_PROGBITS, SHF_ALLOC, 8, ELF_T_BYTE, &rodata},
      {".lz.ccs", SHT_PROGBITS, 0, 8, ELF_T_BYTE, &ccs},
      {".lz.iface", SHT_PROGBITS, 0, 8, ELF_T_BYTE, &ifaceBytes},
      {".symtab", SHT_SYMTAB, 0, 8, ELF_T_SYM, &symtab, sizeof(Elf64_Sym)},
      {".strtab", SHT_STRTAB, 0, 1, ELF_T_BYTE, &strBytes},
      // On pages of their own: running never touches them (Note [Debug sections]).
      {".lz.lines", SHT_PROGBITS, 0, kPage, ELF_T_BYTE, &linesBytes},
      {".lz.locals", SHT_PROGBITS, 0, 4, ELF_T_BYTE, &localsBytes},
      {".lz.breaks", SHT_PROGBITS, 0, 1, ELF_T_BYTE, &breaksBytes},
  };
  std::vector<uint32_t> names;
  for (const Section& s : sections) names.push_back(shstr.add(s.name));
  uint32_t shstrName = shstr.add(".shstrtab");
  std::vector<char> shstrBytes = shstr.bytes();
  sections.push_back({".shstrtab", SHT_STRTAB, 0, 1, ELF_T_BYTE, &shstrBytes});
  names.push_back(shstrName);
  uint64_t at = sizeof(Elf64_Ehdr) + sizeof(Elf64_Phdr);
  for (Section& s : sections) {
    at = alignUp(at, s.align);
    s.offset = at;
    at += s.bytes->size();
  }
  uint64_t shoff = alignUp(at, 8);

  // Written beside the target and renamed over it: a reader (another run
  // of lazuli) sees the old object or the new one, never half of one.
  std::string tmp = absl::StrCat(path, ".tmp", ::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return absl::PermissionDeniedError(absl::StrCat(path, ": cannot write the object file"));
  elf_version(EV_CURRENT);
  Elf* e = elf_begin(fd, ELF_C_WRITE, nullptr);
  auto fail = [&](const char* what) {
    std::string msg = absl::StrCat(path, ": cannot write the object file (", what, ": ", elf_errmsg(-1), ")");
    if (e) elf_end(e);
    ::close(fd);
    ::unlink(tmp.c_str());
    return absl::InternalError(msg);
  };
  if (!e) return fail("elf_begin");
  elf_flagelf(e, ELF_C_SET, ELF_F_LAYOUT);
  elf_fill(0);
  Elf64_Ehdr* eh = elf64_newehdr(e);
  if (!eh) return fail("header");
  eh->e_ident[EI_DATA] = ELFDATA2LSB;
  eh->e_type = ET_REL;
  eh->e_machine = EM_X86_64;
  eh->e_version = EV_CURRENT;
  eh->e_phoff = sizeof(Elf64_Ehdr);
  eh->e_shoff = shoff;
  eh->e_shstrndx = static_cast<Elf64_Half>(sections.size());  // sections are numbered from 1
  for (size_t i = 0; i < sections.size(); ++i) {
    const Section& s = sections[i];
    Elf_Scn* scn = elf_newscn(e);
    Elf_Data* d = scn ? elf_newdata(scn) : nullptr;
    if (!d) return fail("section");
    d->d_buf = const_cast<char*>(s.bytes->data());
    d->d_size = s.bytes->size();
    d->d_type = s.dataType;
    d->d_off = 0;
    d->d_align = s.align;
    Elf64_Shdr* sh = elf64_getshdr(scn);
    sh->sh_name = names[i];
    sh->sh_type = s.type;
    sh->sh_flags = s.flags;
    sh->sh_addr = (s.flags & SHF_ALLOC) ? s.offset : 0;
    sh->sh_offset = s.offset;
    sh->sh_size = s.bytes->size();
    sh->sh_addralign = s.align;
    sh->sh_entsize = s.entsize;
    if (s.type == SHT_SYMTAB) {
      sh->sh_link = static_cast<Elf64_Word>(i + 2);  // .strtab, next (sections are numbered from 1)
      sh->sh_info = 1;  // the first global symbol
    }
  }
  Elf64_Phdr* ph = elf64_newphdr(e, 1);
  if (!ph) return fail("program header");
  uint64_t loadEnd = sections[1].offset + sections[1].bytes->size();
  ph->p_type = PT_LOAD;
  ph->p_flags = PF_R;
  ph->p_offset = sections[0].offset;
  ph->p_vaddr = ph->p_paddr = sections[0].offset;
  ph->p_filesz = ph->p_memsz = loadEnd - sections[0].offset;
  ph->p_align = kPage;
  elf_flagphdr(e, ELF_C_SET, ELF_F_DIRTY);
  if (elf_update(e, ELF_C_WRITE) < 0) return fail("elf_update");
  elf_end(e);
  if (::close(fd) != 0 || ::rename(tmp.c_str(), path.c_str()) != 0) {
    ::unlink(tmp.c_str());
    return absl::InternalError(absl::StrCat(path, ": cannot write the object file"));
  }
  return absl::OkStatus();
}

// ---- reading ------------------------------------------------------------------------------

const DataCon* DataConRegistry::find(const std::string& module, const std::string& name) const {
  auto it = byName_.find(absl::StrCat(module, ".", name));
  return it == byName_.end() ? nullptr : it->second;
}

void DataConRegistry::add(const DataCon* c) { byName_.try_emplace(absl::StrCat(c->module, ".", c->name), c); }

const DataCon* DataConRegistry::intern(const DataCon& c) {
  if (const DataCon* known = find(c.module, c.name))
    return known->tag == c.tag && known->arity == c.arity ? known : nullptr;
  owned_.push_back(c);
  add(&owned_.back());
  return &owned_.back();
}

namespace {

// Bounds-checked views of the sections being read.
class Reader {
 public:
  Reader(const std::string& path, const ElfImage& img) : path_(path), img_(img) {}

  absl::Status bad(const std::string& why) const {
    return absl::InvalidArgumentError(absl::StrCat(path_, ": bad object file: ", why));
  }

  absl::StatusOr<std::string_view> section(const char* name) const {
    const ElfSection* s = img_.find(name);
    if (!s) return bad(absl::StrCat("no ", name, " section"));
    return img_.bytes(*s);
  }

  // The NUL-terminated name at `off` in .strtab.
  bool name(uint32_t off, std::string* out) const {
    if (off >= strtab_.size()) return false;
    size_t end = strtab_.find('\0', off);
    if (end == std::string_view::npos) return false;
    *out = std::string(strtab_.substr(off, end - off));
    return true;
  }

  template <class T>
  bool record(std::string_view sec, uint64_t at, T* out) const {
    if (at > sec.size() || sizeof(T) > sec.size() - at) return false;
    std::memcpy(out, sec.data() + at, sizeof(T));
    return true;
  }

  std::string_view strtab_;

 private:
  const std::string& path_;
  const ElfImage& img_;
};

}  // namespace

absl::StatusOr<std::unique_ptr<LoadedObject>> readObject(const std::string& path, DataConRegistry& cons) {
  absl::StatusOr<ElfImage> img = ElfImage::open(path);
  if (!img.ok()) return img.status();
  auto out = std::make_unique<LoadedObject>(LoadedObject{std::move(*img), {}, {}});
  // Note [Debug sections]: they start a page and run to the section table;
  // set apart before any page of the mapping is touched.
  if (const ElfSection* ls = out->image.find(".lz.lines")) out->image.adviseRarelyRead(ls->offset);
  Reader r(path, out->image);
  const auto* eh = reinterpret_cast<const Elf64_Ehdr*>(out->image.base());
  if (eh->e_ident[EI_DATA] != ELFDATA2LSB || eh->e_machine != EM_X86_64)
    return r.bad("not for this machine (x86-64, little-endian)");
  absl::StatusOr<std::string_view> bcoS = r.section(".lz.bco"), roS = r.section(".lz.rodata"),
                                   ccS = r.section(".lz.ccs"), strS = r.section(".strtab");
  for (const auto* s : {&bcoS, &roS, &ccS, &strS})
    if (!s->ok()) return s->status();
  r.strtab_ = *strS;
  std::string_view bco = *bcoS, ro = *roS, cc = *ccS;
  BcoHeader h;
  if (!r.record(bco, 0, &h)) return r.bad("truncated .lz.bco");
  if (std::memcmp(h.magic, kMagic, 4) != 0) return r.bad("not a lazuli object (no LZB1 header)");
  if (h.version != kVersion) return r.bad(absl::StrCat("format version ", h.version, ", expected ", kVersion));
  bool intact = checksum({bco.substr(sizeof(BcoHeader)), ro, cc, *strS}) == h.checksum;
#ifdef LZ_FUZZING
  intact = intact || h.checksum != 0;  // (see CMakeLists.txt: fuzzing reaches past it)
#endif
  if (!intact) return r.bad("checksum mismatch");
  BcoModule& m = out->module;
  if (!r.name(h.moduleName, &m.name)) return r.bad("module name out of range");
  // Sizes first (64-bit, so that no count can overflow), then the records.
  uint64_t recordsEnd = sizeof(BcoHeader) + uint64_t{h.bcoCount} * sizeof(BcoRecord) +
                        uint64_t{h.topCount} * sizeof(TopRecord) + uint64_t{h.conCount} * sizeof(ConRecord) +
                        uint64_t{h.fieldCount} * 4 + uint64_t{h.breakModuleCount} * 4;
  if (recordsEnd + uint64_t{h.codeWords} * 4 != bco.size()) return r.bad(".lz.bco has the wrong size");
  RodataHeader rh;
  if (!r.record(ro, 0, &rh)) return r.bad("truncated .lz.rodata");
  uint64_t poolAt = sizeof(RodataHeader) + uint64_t{rh.constCount} * sizeof(ConstRecord);
  if (poolAt + rh.poolBytes != ro.size()) return r.bad(".lz.rodata has the wrong size");
  std::string_view pool = ro.substr(poolAt);
  const char* codeBase = bco.data() + recordsEnd;
  uint64_t at = sizeof(BcoHeader);
  std::vector<BcoRecord> recs(h.bcoCount);
  for (BcoRecord& br : recs) {
    r.record(bco, at, &br);
    at += sizeof(BcoRecord);
  }
  for (uint32_t i = 0; i < h.topCount; ++i, at += sizeof(TopRecord)) {
    TopRecord t;
    r.record(bco, at, &t);
    BcoModule::Top top;
    if (!r.name(t.name, &top.name) || t.bco >= h.bcoCount) return r.bad("a symbol out of range");
    top.bco = t.bco;
    m.tops.push_back(std::move(top));
  }
  std::vector<ConRecord> conRecs(h.conCount);
  for (ConRecord& c : conRecs) {
    r.record(bco, at, &c);
    at += sizeof(ConRecord);
  }
  uint64_t fieldsAt = at;
  for (const ConRecord& cr : conRecs) {
    DataCon c;
    if (!r.name(cr.module, &c.module) || !r.name(cr.name, &c.name)) return r.bad("a constructor name out of range");
    c.tag = cr.tag;
    c.arity = cr.arity;
    if (uint64_t{cr.fieldStart} + cr.fieldCount > h.fieldCount) return r.bad("constructor fields out of range");
    for (uint32_t f = 0; f < cr.fieldCount; ++f) {
      uint32_t off = 0;
      r.record(bco, fieldsAt + 4 * (uint64_t{cr.fieldStart} + f), &off);
      std::string field;
      if (!r.name(off, &field)) return r.bad("a field name out of range");
      c.fields.push_back(std::move(field));
    }
    const DataCon* d = cons.intern(c);
    if (!d) return r.bad(absl::StrCat("constructor ", c.module, ".", c.name, " disagrees with the one already loaded"));
    m.constructors.push_back(d);
  }
  for (uint32_t i = 0; i < h.breakModuleCount; ++i) {
    uint32_t off = 0;
    r.record(bco, fieldsAt + 4 * (uint64_t{h.fieldCount} + i), &off);
    std::string name;
    if (!r.name(off, &name) || name.empty()) return r.bad("a break module name out of range");
    m.breakModules.push_back(std::move(name));
  }
  m.breakSiteCount = h.breakSiteCount;
  for (const BcoRecord& br : recs) {
    Bco b;
    if (!r.name(br.name, &b.name)) return r.bad("a code object's name out of range");
    b.thunk = br.thunk != 0;
    b.arity = br.arity;
    b.numFree = br.numFree;
    b.frameSize = br.frameSize;
    if (uint64_t{br.codeStart} + br.codeLength > h.codeWords) return r.bad(absl::StrCat("code of ", b.name, " out of range"));
    // Note [Code in the mapping]: the words are used where they are, in
    // the read-only mapping, unless they are not 4-byte aligned there (an
    // object we did not write), when they are copied.
    const char* words = codeBase + 4 * uint64_t{br.codeStart};
    if (reinterpret_cast<uintptr_t>(words) % alignof(uint32_t) == 0) {
      b.code.view(reinterpret_cast<const uint32_t*>(words), br.codeLength);
    } else {
      b.code.resize(br.codeLength);
      if (br.codeLength) std::memcpy(&b.code[0], words, 4 * uint64_t{br.codeLength});
    }
    if (uint64_t{br.constStart} + br.constCount > rh.constCount)
      return r.bad(absl::StrCat("constants of ", b.name, " out of range"));
    for (uint32_t k = 0; k < br.constCount; ++k) {
      ConstRecord cr;
      r.record(ro, sizeof(RodataHeader) + (uint64_t{br.constStart} + k) * sizeof(ConstRecord), &cr);
      Constant c;
      if (cr.kind > static_cast<uint32_t>(Constant::Kind::BreakArray)) return r.bad("a constant of unknown kind");
      c.kind = static_cast<Constant::Kind>(cr.kind);
      c.index = cr.index;
      c.i = cr.i;
      c.d = cr.d;
      if (uint64_t{cr.text} + cr.textLength > pool.size()) return r.bad("constant bytes out of range");
      c.text = std::string(pool.substr(cr.text, cr.textLength));
      if (c.kind == Constant::Kind::Con || c.kind == Constant::Kind::ConInfo) {
        // A constructor of another module is known by its name, tag and
        // arity until that module's object says more (its field names).
        DataCon d;
        if (!r.name(cr.conModule, &d.module) || !r.name(cr.conName, &d.name)) return r.bad("a constructor name out of range");
        d.tag = cr.conTag;
        d.arity = cr.conArity;
        c.con = cons.intern(d);
        if (!c.con) return r.bad(absl::StrCat("constructor ", d.module, ".", d.name, " disagrees with the one already loaded"));
      }
      b.consts.push_back(std::move(c));
    }
    m.bcos.push_back(std::move(b));
  }
  // Cost centres (their spans name files by name; each gets an entry in the file table).
  uint32_t ccCount;
  if (!r.record(cc, 0, &ccCount) || 4 + uint64_t{ccCount} * sizeof(CcRecord) != cc.size())
    return r.bad(".lz.ccs has the wrong size");
  absl::flat_hash_map<std::string, core::FileId> files;
  for (uint32_t i = 0; i < ccCount; ++i) {
    CcRecord c;
    r.record(cc, 4 + uint64_t{i} * sizeof(CcRecord), &c);
    ccs::CostCentre centre;
    std::string file;
    if (!r.name(c.module, &centre.module) || !r.name(c.label, &centre.label) || !r.name(c.file, &file))
      return r.bad("a cost-centre name out of range");
    auto [it, fresh] = files.try_emplace(file, 0);
    if (fresh) it->second = core::addSourceFile(file, "").id;
    centre.span = core::SrcSpan{it->second, {c.startLine, c.startCol}, {c.endLine, c.endCol}};
    centre.isCaf = c.isCaf != 0;
    m.costCentres.push_back(std::move(centre));
  }
  if (absl::Status s = verifyModule(m); !s.ok()) return r.bad(std::string(s.message()));
  if (const ElfSection* is = out->image.find(".lz.iface")) out->iface = out->image.bytes(*is);
  return out;
}

absl::StatusOr<BcoDebug> readBcoDebug(const LoadedObject& obj, uint32_t bco) {
  const ElfSection* ls = obj.image.find(".lz.lines");
  const ElfSection* vs = obj.image.find(".lz.locals");
  auto bad = [&](const std::string& why) {
    return absl::InvalidArgumentError(absl::StrCat("module ", obj.module.name, ": bad debug information: ", why));
  };
  if (ls == nullptr || vs == nullptr) return bad("no .lz.lines or .lz.locals section");
  // The record of `bco` in a section (Note [Debug sections]).
  auto record = [&](const ElfSection& s) -> absl::StatusOr<std::string_view> {
    std::string_view bytes = obj.image.bytes(s);
    uint32_t count, at, end;
    if (bytes.size() < 4) return bad("truncated section");
    std::memcpy(&count, bytes.data(), 4);
    if (count != obj.module.bcos.size() || bco >= count || bytes.size() < 4 + uint64_t{count} * 4)
      return bad("wrong number of records");
    std::memcpy(&at, bytes.data() + 4 + 4 * uint64_t{bco}, 4);
    end = static_cast<uint32_t>(bytes.size());
    if (bco + 1 < count) std::memcpy(&end, bytes.data() + 4 + 4 * (uint64_t{bco} + 1), 4);
    if (at > end || end > bytes.size()) return bad("record out of range");
    return bytes.substr(at, end - at);
  };
  absl::StatusOr<std::string_view> lines = record(*ls), locals = record(*vs);
  if (!lines.ok()) return lines.status();
  if (!locals.ok()) return locals.status();
  BcoDebug d;
  core::IfaceReader r(*lines);
  d.span = r.span();
  size_t n = r.count(5);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    LineEntry e;
    e.pc = static_cast<uint32_t>(r.num());
    e.span = r.span();
    d.lines.push_back(e);
  }
  if (!r.ok() || !r.atEnd()) return bad(r.ok() ? "line record too long" : r.error());
  core::IfaceReader v(*locals);
  n = v.count();
  for (size_t i = 0; i < n && v.ok(); ++i) d.params.push_back(v.str());
  n = v.count(5);
  for (size_t i = 0; i < n && v.ok(); ++i) {
    LocalVar l;
    l.name = v.str();
    l.type = v.str();
    l.slot = static_cast<uint32_t>(v.num());
    l.captured = v.flag();
    l.from = static_cast<uint32_t>(v.num());
    l.to = static_cast<uint32_t>(v.num());
    d.locals.push_back(std::move(l));
  }
  if (!v.ok() || !v.atEnd()) return bad(v.ok() ? "locals record too long" : v.error());
  return d;
}

absl::StatusOr<std::vector<BreakSite>> readBreakSites(const LoadedObject& obj) {
  const ElfSection* s = obj.image.find(".lz.breaks");
  if (s == nullptr) return std::vector<BreakSite>{};
  core::IfaceReader r(obj.image.bytes(*s));
  std::vector<BreakSite> out;
  size_t n = r.count(7);
  for (size_t i = 0; i < n && r.ok(); ++i) {
    BreakSite b;
    b.span = r.span();
    b.decl = r.str();
    size_t k = r.count(2);
    for (size_t j = 0; j < k && r.ok(); ++j) {
      std::string name = r.str();
      b.vars.emplace_back(std::move(name), r.str());
    }
    b.resultType = r.str();
    out.push_back(std::move(b));
  }
  if (r.ok() && out.size() != obj.module.breakSiteCount)
    return absl::InvalidArgumentError(absl::StrCat("module ", obj.module.name, ": bad break-site table: ", out.size(),
                                                   " sites, the header says ", obj.module.breakSiteCount));
  if (!r.ok() || !r.atEnd())
    return absl::InvalidArgumentError(absl::StrCat("module ", obj.module.name, ": bad break-site table: ",
                                                   r.ok() ? "bytes left over" : r.error()));
  return out;
}

absl::StatusOr<std::unique_ptr<ObjectInterface>> readObjectInterface(const std::string& path) {
  absl::StatusOr<ElfImage> img = ElfImage::open(path);
  if (!img.ok()) return img.status();
  auto out = std::make_unique<ObjectInterface>(ObjectInterface{std::move(*img), {}});
  const ElfSection* s = out->image.find(".lz.iface");
  if (s == nullptr) return absl::InvalidArgumentError(absl::StrCat(path, ": bad object file: no .lz.iface section"));
  out->bytes = out->image.bytes(*s);
  return out;
}

absl::StatusOr<std::string> describeObject(const std::string& path,
                                           const std::function<std::string(std::string_view)>& describeIface) {
  DataConRegistry cons;
  absl::StatusOr<std::unique_ptr<LoadedObject>> obj = readObject(path, cons);
  if (!obj.ok()) return obj.status();
  const ElfImage& img = (*obj)->image;
  const BcoModule& m = (*obj)->module;
  std::string out = absl::StrCat(path, ": module ", m.name, "\n\nsections:\n");
  for (const ElfSection& s : img.sections())
    absl::StrAppend(&out, absl::StrFormat("  %-12s offset 0x%06x size 0x%06x%s\n", s.name, s.offset, s.size,
                                          (s.flags & SHF_ALLOC) ? "  (loaded)" : ""));
  absl::StrAppend(&out, "\nsymbols:\n");
  for (const BcoModule::Top& t : m.tops)
    absl::StrAppend(&out, "  ", t.name, " = #", t.bco, m.bcos[t.bco].thunk ? " (CAF)" : "", "\n");
  absl::StrAppend(&out, "\nconstructors:\n");
  for (const DataCon* c : m.constructors)
    absl::StrAppend(&out, "  ", c->module, ".", c->name, " tag ", c->tag, " arity ", c->arity, "\n");
  absl::StrAppend(&out, "\ncost centres:\n");
  for (const ccs::CostCentre& c : m.costCentres) absl::StrAppend(&out, "  ", ccs::renderBacktraceLine(c), "\n");
  if (describeIface) absl::StrAppend(&out, "\ninterface:\n", describeIface((*obj)->iface));
  absl::StrAppend(&out, "\nbreak modules (BRK_FUN's module table):\n");
  for (size_t i = 0; i < m.breakModules.size(); ++i) absl::StrAppend(&out, "  #", i, " ", m.breakModules[i], "\n");
  absl::StatusOr<std::vector<BreakSite>> sites = readBreakSites(**obj);
  absl::StrAppend(&out, "\nbreak sites:\n");
  if (!sites.ok()) absl::StrAppend(&out, "  ", sites.status().message(), "\n");
  for (size_t i = 0; sites.ok() && i < sites->size(); ++i) {
    const BreakSite& b = (*sites)[i];
    absl::StrAppend(&out, "  ", i, " ", core::renderSpan(b.span), " in ", b.decl);
    for (const auto& [name, type] : b.vars) absl::StrAppend(&out, " ", name, type.empty() ? "" : " :: ", type, ";");
    if (!b.resultType.empty()) absl::StrAppend(&out, " _result :: ", b.resultType);
    absl::StrAppend(&out, "\n");
  }
  absl::StrAppend(&out, "\nline tables and locals:\n");
  for (uint32_t i = 0; i < m.bcos.size(); ++i) {
    absl::StatusOr<BcoDebug> d = readBcoDebug(**obj, i);
    if (!d.ok()) {
      absl::StrAppend(&out, "  ", d.status().message(), "\n");
      break;
    }
    absl::StrAppend(&out, "  #", i, " ", m.bcos[i].name, " ", core::renderSpan(d->span));
    if (!d->params.empty()) absl::StrAppend(&out, " (", absl::StrJoin(d->params, " "), ")");
    absl::StrAppend(&out, "\n");
    for (const LineEntry& e : d->lines) absl::StrAppend(&out, absl::StrFormat("    %5d  %s\n", e.pc, core::renderSpanNoFile(e.span)));
    for (const LocalVar& l : d->locals)
      absl::StrAppend(&out, absl::StrFormat("    %s %s%s%s %s %d live [%d, %d)\n", l.captured ? "free " : "local",
                                            l.name, l.type.empty() ? "" : " :: ", l.type,
                                            l.captured ? "payload" : "slot", l.slot, l.from, l.to));
  }
  absl::StrAppend(&out, "\n", disassemble(m));
  return out;
}

}  // namespace bc
