package kit

import (
	"testing"

	"teema/i18n"
)

func TestNumbersUseTheUILanguage(t *testing.T) {
	defer i18n.Use(i18n.Lang())
	i18n.Use(i18n.Finnish)
	if got := Decimal(12.345, 2); got != "12,35" {
		t.Errorf("Finnish decimal %q", got)
	}
	if got := Percent(12.5); got != "12,5 %" {
		t.Errorf("Finnish per cent %q", got)
	}
	i18n.Use(i18n.English)
	if got := Decimal(0.5, 1); got != "0.5" {
		t.Errorf("English decimal %q", got)
	}
}
