package coding

import (
	"reflect"
	"testing"
)

func TestAttributeHelpers(t *testing.T) {
	docs := []DocumentInfo{
		{Attributes: map[string]string{"ryhmä": "Kunnat", "haastateltavia": "2"}},
		{Attributes: map[string]string{"rooli": "esimies", "ryhmä": "Yhteisöt"}},
		{},
	}
	if got := AttributeKeys(docs); !reflect.DeepEqual(got, []string{"haastateltavia", "rooli", "ryhmä"}) {
		t.Fatalf("AttributeKeys = %v", got)
	}
	if got := AttributeLine(docs[0].Attributes, "=", " "); got != "haastateltavia=2 ryhmä=Kunnat" {
		t.Fatalf("AttributeLine = %q", got)
	}
	if AttributeLine(nil, "=", " ") != "" {
		t.Fatal("no attributes should give an empty line")
	}
}
