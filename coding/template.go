package coding

import (
	"encoding/json"
	"fmt"
)

// TemplateCode is one code of a code book template, with its children.
type TemplateCode struct {
	Name        string         `json:"name"`
	Color       string         `json:"color,omitempty"`
	Description string         `json:"description,omitempty"`
	Children    []TemplateCode `json:"children,omitempty"`
}

// Template is a ready-made code book, such as the Calpro study's.
type Template struct {
	Name        string         `json:"name"`
	Description string         `json:"description"`
	Codes       []TemplateCode `json:"codes"`
}

// ParseTemplate reads a template from JSON and checks every name and colour.
func ParseTemplate(b []byte) (Template, error) {
	var t Template
	if err := json.Unmarshal(b, &t); err != nil {
		return Template{}, errTemplate.Wrap(err, nil)
	}
	var check func(cs []TemplateCode) error
	check = func(cs []TemplateCode) error {
		for _, c := range cs {
			if err := ValidateCodeName(c.Name); err != nil {
				return err
			}
			if c.Color != "" {
				if err := ValidateColor(c.Color); err != nil {
					return err
				}
			}
			if err := check(c.Children); err != nil {
				return err
			}
		}
		return nil
	}
	if err := check(t.Codes); err != nil {
		return Template{}, fmt.Errorf("code book template %q: %w", t.Name, err)
	}
	return t, nil
}
