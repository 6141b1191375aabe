//! The documents a model cites, a citation of one, and a reading of the modeller's.

use super::describe::{ElementKind, Kind, Need, Value, field};
use crate::lang::Text;
use crate::language::keywords::{DocumentKind, Keyword};

pub static DOCUMENT: ElementKind = ElementKind {
    key: "document",
    name: Text {
        en: "a `[[document]]`",
        nl: "een `[[document]]`",
    },
    noun: Text {
        en: "document",
        nl: "document",
    },
    doc: Text {
        en: "A document the model cites: an agreement, a regulation, a letter, a resolution, a news report, …, by its real title.",
        nl: "Een document dat het model aanhaalt: een akkoord, een regeling, een brief, een resolutie, een nieuwsbericht, …, met zijn echte titel.",
    },
    fields: &[
        field(
            "id",
            Value::Id,
            Need::Required,
            "The document's id, by which citations name it.",
            "De id van het document, waarmee bronvermeldingen het noemen.",
        ),
        field(
            "title",
            Value::Text,
            Need::Required,
            "Its title, as the document gives it.",
            "De titel, zoals het document die geeft.",
        ),
        field(
            "author",
            Value::Text,
            Need::Required,
            "Who wrote or published it.",
            "Wie het schreef of uitgaf.",
        ),
        field(
            "date",
            Value::PartialDate,
            Need::Required,
            "When it is dated: a year, a month or a day (`2024`, `2024-11`, `2024-11-29`).",
            "De datum: een jaar, een maand of een dag (`2024`, `2024-11`, `2024-11-29`).",
        ),
        field(
            "kind",
            Value::Keyword(&DocumentKind::KEYWORDS),
            Need::Required,
            "What kind of document it is.",
            "Wat voor document het is.",
        ),
        field(
            "identifier",
            Value::Text,
            Need::Optional,
            "Its official identifier, where it has one (\"Kamerstukken II 2022/23, 31765, nr. 655\").",
            "De officiële vindplaats, als het die heeft (\"Kamerstukken II 2022/23, 31765, nr. 655\").",
        ),
        field(
            "url",
            Value::Text,
            Need::Optional,
            "Where it can be read.",
            "Waar het te lezen is.",
        ),
        field(
            "text",
            Value::Text,
            Need::Optional,
            "Its text, as the path of a file from the model file's folder; the quotes of a document without one cannot be verified.",
            "De tekst, als pad van een bestand vanaf de map van het modelbestand; citaten uit een document zonder tekst zijn niet te controleren.",
        ),
    ],
    cited: false,
};

pub static CITATION: ElementKind = ElementKind {
    key: "citation",
    name: Text {
        en: "a citation",
        nl: "een bronvermelding",
    },
    noun: Text {
        en: "citation",
        nl: "bronvermelding",
    },
    doc: Text {
        en: "Where in a document an element comes from: the document, its page or another place in it, and the words the element rests on.",
        nl: "Waar in een document een element vandaan komt: het document, de pagina of een andere plaats erin, en de woorden waarop het element steunt.",
    },
    fields: &[
        field(
            "document",
            Value::Reference(&[Kind::Document]),
            Need::Required,
            "The document cited.",
            "Het aangehaalde document.",
        ),
        field(
            "page",
            Value::Count {
                least: 1,
                most: u32::MAX as u64,
                range: Text {
                    en: "a page number, 1 or more",
                    nl: "een paginanummer, 1 of meer",
                },
            },
            Need::Optional,
            "The printed page; a quote must be found on it when the document's text marks its pages.",
            "De gedrukte pagina; een citaat moet daarop staan als de tekst van het document zijn pagina's aangeeft.",
        ),
        field(
            "at",
            Value::Text,
            Need::Optional,
            "Where in the document, besides or instead of a page: an article, a step, a section (\"art. 9\", \"stap 3\").",
            "Waar in het document, naast of in plaats van een pagina: een artikel, een stap, een paragraaf (\"art. 9\", \"stap 3\").",
        ),
        field(
            "quote",
            Value::Text,
            Need::Optional,
            "The words of the document the element rests on, verbatim; `[...]` marks what is left out.",
            "De woorden van het document waarop het element steunt, letterlijk; `[...]` geeft weggelaten tekst aan.",
        ),
    ],
    cited: false,
};

pub static READING: ElementKind = ElementKind {
    key: "reading",
    name: Text {
        en: "a reading",
        nl: "een lezing",
    },
    noun: Text {
        en: "reading",
        nl: "lezing",
    },
    doc: Text {
        en: "The modeller's reading where the text is silent or ambiguous: what the model says that the text does not say itself.",
        nl: "De lezing van de modelleur waar de tekst zwijgt of meer lezingen toelaat: wat het model zegt dat de tekst zelf niet zegt.",
    },
    fields: &[
        field(
            "says",
            Value::Text,
            Need::Required,
            "The reading, in words.",
            "De lezing, in woorden.",
        ),
        field(
            "field",
            Value::Text,
            Need::Optional,
            "The field of the element the reading is about; the whole element when absent.",
            "Het veld van het element waarover de lezing gaat; het hele element als dit ontbreekt.",
        ),
        field(
            "alternative",
            Value::Any,
            Need::Optional,
            "The field's value under the other reading (with `field`); without it, the other reading leaves the element, or the field, out.",
            "De waarde van het veld onder de andere lezing (bij `field`); zonder deze laat de andere lezing het element, of het veld, weg.",
        ),
        field(
            "otherwise",
            Value::Text,
            Need::Optional,
            "The other reading, in words.",
            "De andere lezing, in woorden.",
        ),
    ],
    cited: false,
};
