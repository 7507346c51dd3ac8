// Package qdpx exchanges projects and code books with other qualitative
// analysis programs in the REFI-QDA formats: .qdpx projects (a zip of
// project.qde and the source texts) and .qdc code books.
//
// Export writes what the standard says: UTF-8 texts without a BOM and
// offsets in code points. Import accepts what programs really write, with
// other offset counts, encodings and folder names, and reports every item
// it leaves out.
package qdpx
