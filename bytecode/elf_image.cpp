#include "bytecode/elf_image.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"

namespace bc {

namespace {
absl::Status bad(const std::string& path, const std::string& why) {
  return absl::InvalidArgumentError(absl::StrCat(path, ": not a valid object file: ", why));
}
}  // namespace

absl::StatusOr<ElfImage> ElfImage::open(const std::string& path) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return absl::NotFoundError(absl::StrCat(path, ": cannot open file"));
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return bad(path, "not a regular file");
  }
  ElfImage img;
  img.size_ = static_cast<size_t>(st.st_size);
  if (img.size_ < sizeof(Elf64_Ehdr)) {
    ::close(fd);
    return bad(path, "file too short for an ELF header");
  }
  img.map_ = mmap(nullptr, img.size_, PROT_READ, MAP_PRIVATE, fd, 0);
  if (img.map_ == MAP_FAILED) {
    img.map_ = nullptr;
    ::close(fd);
    return bad(path, "cannot map file");
  }
  // The headers are read through the file descriptor, not the mapping: the
  // mapping's pages are touched only by what uses them (so debug sections
  // stay out of memory until asked for, Note [Debug sections] in
  // bytecode/object_file.cpp).
  elf_version(EV_CURRENT);
  Elf* e = elf_begin(fd, ELF_C_READ, nullptr);
  auto fail = [&](const std::string& why) {
    if (e) elf_end(e);
    ::close(fd);
    return bad(path, why);
  };
  if (e == nullptr || elf_kind(e) != ELF_K_ELF) return fail("no ELF magic number");
  if (gelf_getclass(e) != ELFCLASS64) return fail("not a 64-bit ELF file");
  GElf_Ehdr ehdr;
  if (gelf_getehdr(e, &ehdr) == nullptr) return fail("unreadable ELF header");
  const GElf_Ehdr* eh = &ehdr;
  uint64_t shnum = eh->e_shnum;
  // No extended numbering (e_shnum 0, the count in section 0): our files never
  // need it, and a corrupted count there could be anything.
  if (shnum == 0 || eh->e_shstrndx == SHN_XINDEX || eh->e_shstrndx >= shnum)
    return fail("bad section count or section-name table index");
  if (eh->e_shoff == 0 || eh->e_shentsize != sizeof(Elf64_Shdr) || eh->e_shoff > img.size_ ||
      shnum * sizeof(Elf64_Shdr) > img.size_ - eh->e_shoff)
    return fail("section header table missing or past the end of the file");

  size_t shstrndx = 0;
  absl::Status status;
  if (elf_getshdrstrndx(e, &shstrndx) != 0) {
    status = bad(path, "no section-name table");
  } else {
    for (Elf_Scn* scn = elf_nextscn(e, nullptr); scn != nullptr; scn = elf_nextscn(e, scn)) {
      GElf_Shdr sh;
      if (gelf_getshdr(scn, &sh) == nullptr) {
        status = bad(path, "unreadable section header");
        break;
      }
      const char* name = elf_strptr(e, shstrndx, sh.sh_name);
      if (name == nullptr) {
        status = bad(path, "section name out of range");
        break;
      }
      if (sh.sh_type != SHT_NOBITS &&
          (sh.sh_offset > img.size_ || sh.sh_size > img.size_ - sh.sh_offset)) {
        status = bad(path, absl::StrCat("section ", name, " extends past the end of the file"));
        break;
      }
      img.sections_.push_back(ElfSection{name, sh.sh_type, sh.sh_flags, sh.sh_offset, sh.sh_size});
    }
  }
  ::close(fd);
  elf_end(e);
  if (!status.ok()) return status;
  return img;
}

ElfImage::ElfImage(ElfImage&& o) noexcept
    : map_(std::exchange(o.map_, nullptr)), size_(std::exchange(o.size_, 0)),
      sections_(std::move(o.sections_)) {}

ElfImage& ElfImage::operator=(ElfImage&& o) noexcept {
  if (this != &o) {
    if (map_ != nullptr) munmap(map_, size_);
    map_ = std::exchange(o.map_, nullptr);
    size_ = std::exchange(o.size_, 0);
    sections_ = std::move(o.sections_);
  }
  return *this;
}

ElfImage::~ElfImage() {
  if (map_ != nullptr) munmap(map_, size_);
}

const ElfSection* ElfImage::find(std::string_view name) const {
  for (const ElfSection& s : sections_)
    if (s.name == name) return &s;
  return nullptr;
}

std::string_view ElfImage::bytes(const ElfSection& s) const {
  if (s.type == SHT_NOBITS) return {};
  return std::string_view(reinterpret_cast<const char*>(base()) + s.offset, s.size);
}

void ElfImage::adviseRarelyRead(uint64_t offset) const {
  long page = sysconf(_SC_PAGESIZE);
  if (offset % static_cast<uint64_t>(page) != 0 || offset >= size_) return;
  madvise(static_cast<char*>(map_) + offset, size_ - offset, MADV_RANDOM);
}

long ElfImage::residentBytes(const ElfSection& s) const {
  if (s.size == 0) return 0;
  long page = sysconf(_SC_PAGESIZE);
  uintptr_t from = (reinterpret_cast<uintptr_t>(map_) + s.offset) / page;
  uintptr_t to = (reinterpret_cast<uintptr_t>(map_) + s.offset + s.size + page - 1) / page;
  int fd = ::open("/proc/self/pagemap", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  long present = 0;
  for (uintptr_t p = from; p < to; ++p) {
    uint64_t entry = 0;
    if (pread(fd, &entry, sizeof entry, static_cast<off_t>(p * sizeof entry)) != sizeof entry) {
      ::close(fd);
      return -1;
    }
    if (entry >> 63) ++present;  // bit 63: page present
  }
  ::close(fd);
  return present * page;
}

}  // namespace bc
