// A read-only memory mapping of an ELF64 file, with bounds-checked access to
// its sections by name (DESIGN.md section 5). The loader of .lzm objects is
// built on it: the whole file is mapped once and never copied, so sections
// that are never read (debug information) are never paged in.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"

namespace bc {

struct ElfSection {
  std::string name;
  uint32_t type = 0;
  uint64_t flags = 0;
  uint64_t offset = 0;  // within the file; checked: offset + size <= file size
  uint64_t size = 0;
};

class ElfImage {
 public:
  // Maps `path` read-only and checks the ELF header and section table; a
  // truncated or corrupted file is an error naming the file and the problem.
  static absl::StatusOr<ElfImage> open(const std::string& path);

  ElfImage(ElfImage&& other) noexcept;
  ElfImage& operator=(ElfImage&& other) noexcept;
  ElfImage(const ElfImage&) = delete;
  ElfImage& operator=(const ElfImage&) = delete;
  ~ElfImage();

  const std::vector<ElfSection>& sections() const { return sections_; }
  const ElfSection* find(std::string_view name) const;
  // The bytes of a section, inside the mapping (empty for SHT_NOBITS).
  std::string_view bytes(const ElfSection& s) const;
  const uint8_t* base() const { return static_cast<const uint8_t*>(map_); }
  // How many bytes of the section's pages are mapped into this process
  // now (present in its page tables, per /proc/self/pagemap): what reading
  // it, or the kernel's fault-around, brought in. -1 if it cannot be told.
  long residentBytes(const ElfSection& s) const;
  // Marks the file from `offset` (page-aligned) to its end as rarely read
  // (MADV_RANDOM): a separate mapping region, so the kernel's fault-around
  // on earlier pages does not map those in too.
  void adviseRarelyRead(uint64_t offset) const;
  size_t size() const { return size_; }

 private:
  ElfImage() = default;
  void* map_ = nullptr;
  size_t size_ = 0;
  std::vector<ElfSection> sections_;
};

}  // namespace bc
