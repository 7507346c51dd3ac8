package coding

// Finding is one row of the findings table, like table 11 of the Calpro
// study: a key finding and the development proposal drawn from it.
type Finding struct {
	ID       int64
	Order    int
	Finding  string
	Proposal string
}
