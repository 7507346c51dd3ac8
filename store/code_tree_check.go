package store

import (
	"fmt"
	"maps"
	"slices"

	"teema/message"
)

// checkCodeTree refuses a project whose code tree does not hang from its
// themes: a code that lies under itself, or under a code that is not
// there. Teema never makes either (coding.CodeBook.CheckMove), but a file
// changed by another program can hold them, and every view walks the tree
// from the themes down, so such a code would vanish from the code book,
// the matrices and every export with all its codings, without a word.
func checkCodeTree(q querier, path string) error {
	codes, err := codeParents(q)
	if err != nil {
		return fmt.Errorf("read the code tree: %w", err)
	}
	// rooted[id]: the code hangs from a theme. Each code is walked up
	// once; a walk stops at a code already known to be rooted.
	rooted := map[int64]bool{0: true}
	for _, id := range slices.Sorted(maps.Keys(codes)) { // the same code named each time
		if id == 0 {
			// Id 0 stands for the root: such a code is its own child.
			return errCodeLoop.New(codeArgs(path, codes[id].name))
		}
		var chain []int64
		onChain := map[int64]bool{}
		for c := id; !rooted[c]; c = codes[c].parent {
			if _, ok := codes[c]; !ok {
				return errCodeOrphan.New(codeArgs(path, codes[chain[len(chain)-1]].name))
			}
			if onChain[c] {
				return errCodeLoop.New(codeArgs(path, codes[c].name))
			}
			chain, onChain[c] = append(chain, c), true
		}
		for _, c := range chain {
			rooted[c] = true
		}
	}
	return nil
}

type codeLink struct {
	parent int64
	name   string
}

func codeParents(q querier) (map[int64]codeLink, error) {
	rows, err := q.Query(`SELECT id, ifnull(parent_id, 0), name FROM codes`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[int64]codeLink{}
	for rows.Next() {
		var id int64
		var c codeLink
		if err := rows.Scan(&id, &c.parent, &c.name); err != nil {
			return nil, err
		}
		out[id] = c
	}
	return out, rows.Err()
}

func codeArgs(path, name string) message.Args {
	args := schemaArgs(path, name)
	args["Code"] = args["Name"]
	return args
}
