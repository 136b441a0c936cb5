#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>

#include <unistd.h>

#include "bytecode/elf_image.h"

TEST_CASE("ElfImage maps an ELF file and finds sections by name", "[bytecode][elf]") {
  auto img = bc::ElfImage::open("/proc/self/exe");
  REQUIRE(img.ok());
  const bc::ElfSection* text = img->find(".text");
  REQUIRE(text != nullptr);
  CHECK(text->size > 0);
  CHECK(img->bytes(*text).size() == text->size);
  CHECK(img->find(".lz.nonexistent") == nullptr);
}

TEST_CASE("ElfImage rejects missing, short and corrupted files", "[bytecode][elf]") {
  CHECK(bc::ElfImage::open("/nonexistent/x.lzm").status().code() == absl::StatusCode::kNotFound);
  char tmpl[] = "/tmp/lz_elf_testXXXXXX";
  int fd = mkstemp(tmpl);
  REQUIRE(fd >= 0);
  close(fd);
  std::string path = tmpl;
  {
    std::ofstream out(path, std::ios::binary);
    out << "\x7f" "ELF garbage";
  }
  auto r = bc::ElfImage::open(path);
  CHECK_FALSE(r.ok());
  // A real header whose section table points past the end of the file.
  {
    std::ifstream in("/proc/self/exe", std::ios::binary);
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    std::ofstream out(path, std::ios::binary);
    out << head;
  }
  auto t = bc::ElfImage::open(path);
  CHECK_FALSE(t.ok());
  std::remove(path.c_str());
}
