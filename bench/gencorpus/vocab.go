package main

// The vocabulary of the generated interviews: base words of the kind a
// Finnish customer-experience study talks about, with just enough of a
// hint for the inflection rules in forms.go. A word "a:b" gives the base
// form a and the stem b its inflected forms are built on when the base
// form alone would mislead (consonant gradation, -as/-e/-in words).
// Candidate forms are kept only when Voikko analyses them back to the base
// word, so a rule that guesses wrong costs a form, never a wrong one.

var nouns = []string{
	// work, organisation, service
	"asiakas:asiakkaa", "palvelu", "järjestelmä", "yhteistyö", "kokemus", "odotus", "tiedottaminen", "henkilöstö",
	"muutos", "toimintatapa:toimintatava", "asiakkuus", "tapaaminen", "kanava", "häiriö", "virhe:virhee", "tilanne:tilantee",
	"päivitys", "organisaatio", "tavoite:tavoittee", "suunnitelma", "lisäarvo", "arvostus", "riski", "kehitys",
	"ongelma", "ratkaisu", "prosessi", "palkka", "laskenta", "hallinto", "talous", "kirjanpito", "raportti",
	"raportointi", "lasku", "laskutus", "sopimus", "hinta", "laatu", "aikataulu", "määräaika", "vastuu",
	"yhteyshenkilö", "esimies:esimiehe", "työntekijä", "johtaja", "päällikkö", "asiantuntija", "kouluttaja", "koulutus",
	"perehdytys", "ohje:ohjee", "tuki", "neuvonta", "puhelin:puhelime", "sähköposti", "viesti", "kokous", "palaveri",
	"palaute:palautte", "kysely", "kysymys", "vastaus", "tieto", "asia", "ihminen", "työ", "työpäivä", "viikko",
	"kuukausi", "vuosi", "aika", "hetki", "kerta", "alku", "loppu", "tapa", "syy", "tulos", "hyöty", "etu",
	"kustannus", "säästö", "budjetti", "resurssi", "osaaminen", "ammattitaito", "luottamus", "vuorovaikutus",
	"keskustelu", "yhteydenotto", "kommunikaatio", "käytäntö", "sääntö", "lainsäädäntö", "muutostilanne:muutostilantee",
	"kunta", "kuntayhtymä", "yhteisö", "yhdistys", "säätiö", "yritys", "toimisto", "yksikkö", "osasto", "tiimi",
	"ryhmä", "jäsen:jäsene", "kumppani", "toimittaja", "palveluntuottaja", "ohjelmisto", "sovellus", "versio",
	"tunnus", "salasana", "käyttäjä", "käyttöliittymä", "näkymä", "toiminto", "ominaisuus", "lomake:lomakkee",
	"dokumentti", "aineisto", "tiedosto", "arkisto", "tosite:tositte", "matka", "kulu", "korvaus", "loma",
	"poissaolo", "sairausloma", "työaika", "ylityö", "vuoro", "lista", "taulukko", "kaavio", "mittari", "tunnusluku",
	"seuranta", "arviointi", "tarkastus", "auditointi", "kehittäminen", "parannus", "idea", "ehdotus", "toive:toivee",
	"tarve:tarpee", "vaatimus", "odote", "mielikuva", "imago", "maine", "brändi", "markkinointi", "myynti",
	"hankinta", "kilpailutus", "tarjous", "neuvottelu", "päätös", "linjaus", "strategia", "visio", "arvo",
	"kulttuuri", "ilmapiiri", "motivaatio", "jaksaminen", "kiire:kiiree", "kuormitus", "paine:painee", "stressi",
	"vaihtuvuus", "rekrytointi", "sijainen:sijaise", "harjoittelija", "opiskelija", "asiakaspalvelu", "palvelukeskus",
	"palvelusopimus", "palvelupyyntö", "yhteistyökumppani", "asiakaskokemus", "asiakasodotus", "asiakaslähtöisyys",
	"palkanlaskenta", "taloushallinto", "henkilöstöhallinto", "järjestelmämuutos", "tietojärjestelmä", "tietoturva",
	"kysymyslista", "vastausaika", "palveluaika", "puhelinaika", "kokouskäytäntö", "vuosikello", "työnjako",
	"päivä", "ilta", "aamu", "talo", "huone:huonee", "paikka", "kaupunki", "maa", "alue", "seutu",
}

var adjectives = []string{
	"hyvä", "huono", "uusi:uude", "vanha", "iso", "pieni:piene", "tärkeä", "selkeä", "nopea", "hidas:hitaa",
	"helppo", "vaikea", "sujuva", "toimiva", "luotettava", "ystävällinen", "asiallinen", "ammattimainen",
	"henkilökohtainen", "säännöllinen", "jatkuva", "nykyinen", "aiempi:aiempa", "tuleva", "yhteinen", "oma",
	"kova", "heikko", "vahva", "avoin:avoime", "joustava", "tehokas:tehokkaa", "kallis:kallii", "halpa",
	"riittävä", "puutteellinen", "ajantasainen", "positiivinen", "negatiivinen", "tyytyväinen", "kriittinen",
}

// verbs: first infinitives; the forms are built for verbs of type 1 and
// tried for the others (wrong guesses are dropped).
var verbs = []string{
	"puhua", "kysyä", "sanoa", "kertoa", "ajatella", "toimia", "sujua", "kehittää", "parantaa", "muuttaa",
	"odottaa", "toivoa", "tarvita", "auttaa", "palvella", "hoitaa", "käyttää", "ottaa", "antaa", "saada",
	"tehdä", "tietää", "ymmärtää", "huomata", "miettiä", "arvioida", "seurata", "raportoida", "laskuttaa",
	"sopia", "päättää", "muistaa", "unohtaa", "korjata", "tarkistaa", "lähettää", "soittaa", "vastata",
	"kuunnella", "keskustella", "tiedottaa", "informoida", "kouluttaa", "perehdyttää", "ohjata", "tukea",
	"luottaa", "arvostaa", "kokea", "tuntua", "näyttää", "vaikuttaa", "liittyä", "jatkua", "alkaa", "loppua",
	"pysyä", "kasvaa", "vähentyä", "lisääntyä", "onnistua", "epäonnistua", "yrittää", "haluta", "pitää",
}

// function words, pronouns, adverbs and particles of spoken Finnish, with a
// weight (how often they come up relative to each other).
var particles = []struct {
	w string
	n int
}{
	{"ja", 300}, {"on", 260}, {"se", 220}, {"että", 200}, {"ei", 150}, {"niin", 150}, {"oli", 120}, {"kun", 110},
	{"mutta", 100}, {"me", 90}, {"meillä", 80}, {"tota", 80}, {"niinku", 80}, {"sitten", 70}, {"sit", 70},
	{"kyllä", 70}, {"joo", 60}, {"no", 60}, {"nyt", 60}, {"siinä", 60}, {"tässä", 55}, {"ne", 55}, {"mä", 50},
	{"vähän", 50}, {"aina", 45}, {"myös", 45}, {"vielä", 45}, {"siis", 40}, {"tavallaan", 40}, {"ihan", 40},
	{"kanssa", 40}, {"jos", 40}, {"mitä", 35}, {"miten", 35}, {"koska", 35}, {"et", 35}, {"nii", 30}, {"öö", 30},
	{"jotenkin", 30}, {"esimerkiksi", 30}, {"sen", 30}, {"sitä", 30}, {"ollut", 30}, {"ole", 28}, {"olisi", 25},
	{"meidän", 25}, {"he", 20}, {"heidän", 20}, {"te", 15}, {"teidän", 15}, {"minä", 20}, {"minun", 15},
	{"sinä", 10}, {"mun", 15}, {"sä", 12}, {"ehkä", 25}, {"varmaan", 25}, {"aika", 20}, {"todella", 20},
	{"hyvin", 30}, {"paljon", 25}, {"enemmän", 15}, {"vähemmän", 10}, {"jo", 25}, {"kuitenkin", 25},
	{"oikeastaan", 15}, {"just", 20}, {"justiin", 8}, {"semmoinen", 15}, {"sellainen", 15}, {"tämä", 25},
	{"tää", 15}, {"toi", 12}, {"tuo", 10}, {"nää", 10}, {"noi", 8}, {"jotain", 15}, {"joku", 12},
	{"kaikki", 25}, {"mikään", 8}, {"mikä", 20}, {"joka", 30}, {"jotka", 15}, {"missä", 10}, {"milloin", 8},
	{"ennen", 10}, {"jälkeen", 10}, {"aikaisemmin", 12}, {"nykyään", 12}, {"yleensä", 15}, {"usein", 12},
	{"harvoin", 6}, {"heti", 10}, {"kovasti", 6}, {"tosi", 15}, {"ööh", 10}, {"mm", 10}, {"ai", 6}, {"juu", 10},
}
