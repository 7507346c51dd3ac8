// Package agreement measures how far two coders agree on the same
// transcripts, character by character, as NVivo's coding comparison does.
//
// The rules:
//
//   - Only documents that both coders coded (each at least one coding, of
//     any code) are compared. A document one coder never opened says
//     nothing about agreement, and counting its characters as "both left
//     it uncoded" would inflate every figure.
//   - For each code and each compared document, every character is coded
//     or not by coder A and by coder B. A code is compared on its own
//     codings only, not its sub-codes', as NVivo compares each node.
//   - A code's figures pool its characters over all compared documents
//     into one 2×2 table (both, A only, B only, neither). Pooling weights
//     each document by its length, as NVivo advises for averages over
//     sources.
//   - The overall figures pool the tables of all compared codes: each
//     (code, character) pair is one unit. As every code is judged over the
//     same characters, overall percentage agreement is the mean of the
//     codes' percentages; kappa and alpha are computed from the pooled
//     table, not averaged.
//   - Cohen's kappa is (po − pe) / (1 − pe) with pe from each coder's own
//     rate of coding. Krippendorff's alpha (nominal, two coders, no missing
//     values) is 1 − Do/De from the coincidence matrix of the units. Both
//     are undefined (NaN) when chance agreement is certain, e.g. when
//     neither coder applied the code or both coded everything.
package agreement
