// Test helper: writes ZIP archives byte by byte, including the things real
// writers do (data descriptors, ZIP64 fields, UTF-8 flag, extra fields) and
// the lies hostile archives tell (sizes, CRCs, names, methods, offsets).
#pragma once

#include <zlib.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tonghop::testing {

inline std::string RawDeflate(std::string_view data, int level = 6) {
  z_stream z{};
  deflateInit2(&z, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

inline std::uint32_t Crc32(std::string_view data) {
  return static_cast<std::uint32_t>(
      crc32_z(crc32(0L, Z_NULL, 0), reinterpret_cast<const Bytef*>(data.data()), data.size()));
}

inline void Put16(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v & 0xFF);
  out += static_cast<char>((v >> 8) & 0xFF);
}
inline void Put32(std::string& out, std::uint32_t v) {
  Put16(out, v & 0xFFFF);
  Put16(out, v >> 16);
}
inline void Put64(std::string& out, std::uint64_t v) {
  Put32(out, static_cast<std::uint32_t>(v));
  Put32(out, static_cast<std::uint32_t>(v >> 32));
}

class ZipBuilder {
 public:
  struct Entry {
    std::string name;
    std::string data;              // uncompressed content
    std::uint16_t method = 8;      // 0 stored, 8 deflate, anything else written as is
    std::uint16_t flags = 0;       // extra flags (0x0800 UTF-8, 0x0001 encrypted ...)
    bool data_descriptor = false;  // flag bit 3, zeros in the local header, descriptor after data
    bool zip64 = false;            // 0xFFFFFFFF in the central directory + ZIP64 extra
    std::string central_extra;     // appended after a ZIP64 extra, if any
    std::uint16_t version_made_by = 20;
    std::uint32_t external_attributes = 0;
    std::uint16_t dos_time = 0x6000;  // 12:00:00
    std::uint16_t dos_date = 0x50E5;  // 2020-07-05
    // Lies and oddities:
    std::optional<std::string> local_name;  // name in the local header
    std::optional<std::uint16_t> local_method;
    std::optional<std::uint64_t> declared_uncompressed;
    std::optional<std::uint32_t> declared_crc;
    std::optional<std::string> compressed;      // use these bytes as the data
    bool central_only = false;                  // no local header/data written
    std::optional<std::size_t> same_offset_as;  // central entry points at entry N's local header
  };

  Entry& Add(std::string name, std::string data, std::uint16_t method = 8) {
    entries_.push_back(Entry{});
    Entry& e = entries_.back();
    e.name = std::move(name);
    e.data = std::move(data);
    e.method = method;
    return e;
  }

  std::string prefix;      // bytes before the archive (self-extractor stub)
  std::string comment;     // archive comment
  bool zip64_end = false;  // write ZIP64 EOCD + locator, 0xFFFF/0xFFFFFFFF in the EOCD
  std::optional<std::uint32_t> declared_count;

  std::string Build() const {
    std::string out = prefix;
    struct Written {
      std::uint64_t offset;
      std::uint64_t csize;
      std::uint32_t crc;
    };
    std::vector<Written> written;
    for (const Entry& e : entries_) {
      std::string payload = e.compressed    ? *e.compressed
                            : e.method == 8 ? RawDeflate(e.data)
                                            : e.data;
      std::uint32_t crc = e.declared_crc.value_or(Crc32(e.data));
      if (e.central_only) {
        written.push_back({0, payload.size(), crc});
        continue;
      }
      std::uint64_t offset = out.size() - prefix.size();
      std::string lname = e.local_name.value_or(e.name);
      std::uint16_t flags = e.flags | (e.data_descriptor ? 0x0008 : 0);
      Put32(out, 0x04034b50);
      Put16(out, e.zip64 ? 45 : 20);
      Put16(out, flags);
      Put16(out, e.local_method.value_or(e.method));
      Put16(out, e.dos_time);
      Put16(out, e.dos_date);
      std::uint64_t usize = e.declared_uncompressed.value_or(e.data.size());
      if (e.data_descriptor) {
        Put32(out, 0);
        Put32(out, 0);
        Put32(out, 0);
      } else {
        Put32(out, crc);
        Put32(out, e.zip64 ? 0xFFFFFFFFu : static_cast<std::uint32_t>(payload.size()));
        Put32(out, e.zip64 ? 0xFFFFFFFFu : static_cast<std::uint32_t>(usize));
      }
      std::string local_extra;
      if (e.zip64 && !e.data_descriptor) {
        Put16(local_extra, 0x0001);
        Put16(local_extra, 16);
        Put64(local_extra, usize);
        Put64(local_extra, payload.size());
      }
      Put16(out, static_cast<std::uint32_t>(lname.size()));
      Put16(out, static_cast<std::uint32_t>(local_extra.size()));
      out += lname;
      out += local_extra;
      out += payload;
      if (e.data_descriptor) {
        Put32(out, 0x08074b50);
        Put32(out, crc);
        if (e.zip64) {
          Put64(out, payload.size());
          Put64(out, usize);
        } else {
          Put32(out, static_cast<std::uint32_t>(payload.size()));
          Put32(out, static_cast<std::uint32_t>(usize));
        }
      }
      written.push_back({offset, payload.size(), crc});
    }
    std::uint64_t cd_offset = out.size() - prefix.size();
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      const Entry& e = entries_[i];
      std::uint64_t offset =
          e.same_offset_as ? written[*e.same_offset_as].offset : written[i].offset;
      std::uint64_t usize = e.declared_uncompressed.value_or(e.data.size());
      std::uint16_t flags = e.flags | (e.data_descriptor ? 0x0008 : 0);
      std::string extra;
      if (e.zip64) {
        Put16(extra, 0x0001);
        Put16(extra, 24);
        Put64(extra, usize);
        Put64(extra, written[i].csize);
        Put64(extra, offset);
      }
      extra += e.central_extra;
      Put32(out, 0x02014b50);
      Put16(out, e.version_made_by);
      Put16(out, e.zip64 ? 45 : 20);
      Put16(out, flags);
      Put16(out, e.method);
      Put16(out, e.dos_time);
      Put16(out, e.dos_date);
      Put32(out, written[i].crc);
      Put32(out, e.zip64 ? 0xFFFFFFFFu : static_cast<std::uint32_t>(written[i].csize));
      Put32(out, e.zip64 ? 0xFFFFFFFFu : static_cast<std::uint32_t>(usize));
      Put16(out, static_cast<std::uint32_t>(e.name.size()));
      Put16(out, static_cast<std::uint32_t>(extra.size()));
      Put16(out, 0);  // comment
      Put16(out, 0);  // disk
      Put16(out, 0);  // internal attributes
      Put32(out, e.external_attributes);
      Put32(out, e.zip64 ? 0xFFFFFFFFu : static_cast<std::uint32_t>(offset));
      out += e.name;
      out += extra;
    }
    std::uint64_t cd_size = out.size() - prefix.size() - cd_offset;
    std::uint64_t count = declared_count.value_or(entries_.size());
    if (zip64_end) {
      std::uint64_t record = out.size() - prefix.size();
      Put32(out, 0x06064b50);
      Put64(out, 44);
      Put16(out, 45);
      Put16(out, 45);
      Put32(out, 0);
      Put32(out, 0);
      Put64(out, count);
      Put64(out, count);
      Put64(out, cd_size);
      Put64(out, cd_offset);
      Put32(out, 0x07064b50);
      Put32(out, 0);
      Put64(out, record);
      Put32(out, 1);
    }
    Put32(out, 0x06054b50);
    Put16(out, 0);
    Put16(out, 0);
    Put16(out, zip64_end ? 0xFFFF : static_cast<std::uint32_t>(count));
    Put16(out, zip64_end ? 0xFFFF : static_cast<std::uint32_t>(count));
    Put32(out, zip64_end ? 0xFFFFFFFFu : static_cast<std::uint32_t>(cd_size));
    Put32(out, zip64_end ? 0xFFFFFFFFu : static_cast<std::uint32_t>(cd_offset));
    Put16(out, static_cast<std::uint32_t>(comment.size()));
    out += comment;
    return out;
  }

  std::vector<Entry>& entries() { return entries_; }

 private:
  std::vector<Entry> entries_;
};

// The smallest DOCX our layer accepts: content types, package rels, a main part.
inline ZipBuilder MinimalDocx(std::string document_xml =
                                  "<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                                  "wordprocessingml/2006/main\"><w:body/></w:document>") {
  ZipBuilder zip;
  zip.Add("[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
          "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
  zip.Add("_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
          "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
  zip.Add("word/document.xml", std::move(document_xml));
  return zip;
}

// Fifield's overlapped construction ("A better zip bomb", 2019): every local
// header is quoted by a non-final stored block inside the previous entry's
// data, and all entries share one compressed kernel.
inline std::string FifieldBomb(int files, std::size_t kernel_bytes) {
  std::string kernel_data(kernel_bytes, 'a');
  std::string kernel = RawDeflate(kernel_data, 9);
  auto local_header = [](const std::string& name, std::uint32_t crc, std::size_t csize,
                         std::size_t usize) {
    std::string h;
    Put32(h, 0x04034b50);
    Put16(h, 20);
    Put16(h, 0);
    Put16(h, 8);
    Put16(h, 0);
    Put16(h, 0);
    Put32(h, crc);
    Put32(h, static_cast<std::uint32_t>(csize));
    Put32(h, static_cast<std::uint32_t>(usize));
    Put16(h, static_cast<std::uint32_t>(name.size()));
    Put16(h, 0);
    return h + name;
  };
  auto quote = [](std::size_t len) {
    std::string q(1, '\0');  // BFINAL=0, BTYPE=00 (stored)
    Put16(q, static_cast<std::uint32_t>(len));
    Put16(q, static_cast<std::uint32_t>(~len & 0xFFFF));
    return q;
  };
  struct File {
    std::string name, header, uncompressed;
    std::size_t csize;
  };
  std::vector<File> built(files);
  // Build from the last file backwards: file i's data = quote(header i+1) +
  // header i+1 + file i+1's data.
  std::string tail_compressed = kernel;
  std::string tail_uncompressed = kernel_data;
  for (int i = files - 1; i >= 0; --i) {
    File& f = built[i];
    f.name = "f" + std::to_string(i) + ".xml";
    f.uncompressed = tail_uncompressed;
    f.csize = tail_compressed.size();
    f.header = local_header(f.name, Crc32(f.uncompressed), f.csize, f.uncompressed.size());
    tail_compressed = quote(f.header.size()) + f.header + tail_compressed;
    tail_uncompressed = f.header + tail_uncompressed;
  }
  // The archive starts with file 0's header (unquoted), then its data.
  std::string out = built[0].header + tail_compressed.substr(5 + built[0].header.size());
  std::vector<std::size_t> offsets(files);
  std::size_t at = 0;
  for (int i = 0; i < files; ++i) {
    offsets[i] = at;
    at += built[i].header.size() + 5;
  }
  std::size_t cd_offset = out.size();
  for (int i = 0; i < files; ++i) {
    const File& f = built[i];
    Put32(out, 0x02014b50);
    Put16(out, 20);
    Put16(out, 20);
    Put16(out, 0);
    Put16(out, 8);
    Put16(out, 0);
    Put16(out, 0);
    Put32(out, Crc32(f.uncompressed));
    Put32(out, static_cast<std::uint32_t>(f.csize));
    Put32(out, static_cast<std::uint32_t>(f.uncompressed.size()));
    Put16(out, static_cast<std::uint32_t>(f.name.size()));
    Put16(out, 0);
    Put16(out, 0);
    Put16(out, 0);
    Put16(out, 0);
    Put32(out, 0);
    Put32(out, static_cast<std::uint32_t>(offsets[i]));
    out += f.name;
  }
  std::size_t cd_size = out.size() - cd_offset;
  Put32(out, 0x06054b50);
  Put32(out, 0);
  Put16(out, static_cast<std::uint32_t>(files));
  Put16(out, static_cast<std::uint32_t>(files));
  Put32(out, static_cast<std::uint32_t>(cd_size));
  Put32(out, static_cast<std::uint32_t>(cd_offset));
  Put16(out, 0);
  return out;
}

}  // namespace tonghop::testing
