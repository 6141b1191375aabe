//! Finding a quote in the text of the document it cites.
//!
//! A quote is verbatim, but the texts come from PDFs, web pages and letters, and a quote is
//! typed by hand; so both are compared after the same normalisation: runs of white space
//! (line breaks, tabs, non-breaking spaces) are one space; soft hyphens and the space after
//! them go, and so does a hyphen that splits a word at the end of a line; quote
//! marks, single or double, typographic or plain, are one mark (a quote within a quote may
//! change them), and dashes are hyphens; Markdown's `*` goes. Case is kept. An elision in
//! the quote (`[...]`, `[…]`, `...`, `…`) splits it into parts that must be found in order,
//! each within a page's length of the one before.
//!
//! A text may mark its pages with lines `=== PAGE n ===`; then a quote cited at a page must be
//! found on that page (a quote that runs on into the next page counts). When a quote is not
//! found, [`DocumentText::closest`] gives the passage that shares the most pairs of words with
//! it, for "did you mean".

use std::collections::HashSet;

/// How far (in normalised characters) the part after an elision may start from the end of the
/// part before it.
const ELISION_REACH: usize = 6_000;

/// A document's text, normalised, with where each page starts.
#[derive(Debug)]
pub struct DocumentText {
    /// The normalised characters.
    chars: Vec<char>,
    /// For each normalised character, the byte offset in the original text it comes from.
    origin: Vec<usize>,
    /// The pages, as (number, index of their first normalised character), in order.
    pages: Vec<(u32, usize)>,
    original: String,
}

/// Where a quote was found, or the best that could be said when it was not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// On the page cited (or anywhere, when none is cited or the text has no pages): the page
    /// it starts on, when the text has pages.
    Here { page: Option<u32> },
    /// In the text, but not on the pages cited: the page it is on.
    OnPage(u32),
    /// Nowhere in the text.
    Nowhere,
}

/// Normalises `text`, calling `keep(char, origin)` for each character kept.
fn normalise(text: &str, mut keep: impl FnMut(char, usize)) {
    let mut chars = text.char_indices().peekable();
    let mut pending_space: Option<usize> = None;
    let mut started = false;
    let mut previous = ' ';
    while let Some((at, c)) = chars.next() {
        match c {
            '\u{ad}' => {
                while chars.peek().is_some_and(|&(_, n)| n.is_whitespace()) {
                    chars.next();
                }
                continue;
            }
            '*' => continue,
            '-' | '\u{2010}' if previous.is_alphabetic() => {
                // A word split at the end of a line: `zorg-\nverzekeraars`.
                let mut ahead = chars.clone();
                let mut newline = false;
                while let Some(&(_, n)) = ahead.peek() {
                    if !n.is_whitespace() {
                        break;
                    }
                    newline |= n == '\n';
                    ahead.next();
                }
                if newline && ahead.peek().is_some_and(|&(_, n)| n.is_lowercase()) {
                    chars = ahead;
                    continue;
                }
            }
            _ => {}
        }
        if c.is_whitespace() {
            if started && pending_space.is_none() {
                pending_space = Some(at);
            }
            continue;
        }
        if let Some(space) = pending_space.take() {
            keep(' ', space);
        }
        let plain = match c {
            // A quote within a quote may change its marks: all quote marks are one.
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}'
            | '\u{bb}' | '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\'' => {
                '"'
            }
            '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' => '-',
            other => other,
        };
        keep(plain, at);
        started = true;
        previous = c;
    }
}

/// A quote, normalised, split at its elisions.
fn parts_of(quote: &str) -> Vec<Vec<char>> {
    let mut text = quote.to_string();
    for elision in ["[...]", "[…]", "(...)", "(…)", "...", "…"] {
        text = text.replace(elision, "\u{0}");
    }
    text.split('\u{0}')
        .map(|part| {
            let mut chars = Vec::new();
            normalise(part, |c, _| chars.push(c));
            chars
        })
        .filter(|part| !part.is_empty())
        .collect()
}

impl DocumentText {
    /// Reads a document's text, with its page marks if it has any.
    pub fn new(original: &str) -> DocumentText {
        let mut text = DocumentText {
            chars: Vec::new(),
            origin: Vec::new(),
            pages: Vec::new(),
            original: original.to_string(),
        };
        // The text between page marks is normalised as a whole, so that a word split at the
        // end of a line is joined again.
        let mut segment_start = 0;
        let mut offset = 0;
        let mut segments: Vec<(usize, usize, Option<u32>)> = Vec::new();
        for line in original.split_inclusive('\n') {
            let page = line
                .trim()
                .strip_prefix("=== PAGE ")
                .and_then(|rest| rest.strip_suffix(" ==="))
                .and_then(|n| n.parse::<u32>().ok());
            if let Some(number) = page {
                segments.push((segment_start, offset, None));
                segments.push((offset, offset, Some(number)));
                segment_start = offset + line.len();
            }
            offset += line.len();
        }
        segments.push((segment_start, original.len(), None));
        for (start, end, page) in segments {
            if let Some(number) = page {
                text.pages.push((number, text.chars.len()));
                continue;
            }
            let (chars, origin) = (&mut text.chars, &mut text.origin);
            let joins = chars.last().is_some_and(|c| *c != ' ');
            let mut first = true;
            normalise(&original[start..end], |c, at| {
                if first && joins {
                    chars.push(' ');
                    origin.push(start + at);
                }
                first = false;
                chars.push(c);
                origin.push(start + at);
            });
        }
        text
    }

    /// Whether the text marks its pages.
    pub fn has_pages(&self) -> bool {
        !self.pages.is_empty()
    }

    /// The page on which normalised character `at` lies.
    fn page_at(&self, at: usize) -> Option<u32> {
        self.pages
            .iter()
            .rev()
            .find(|&&(_, start)| start <= at)
            .map(|&(number, _)| number)
    }

    /// Every place where `part` starts, from `from` on.
    fn starts_of<'a>(&'a self, part: &'a [char], from: usize) -> impl Iterator<Item = usize> + 'a {
        let last = self.chars.len().saturating_sub(part.len());
        (from..=last).filter(move |&i| self.chars[i..].starts_with(part))
    }

    /// Where the whole quote (all its parts, in order) starts and ends, the first place from
    /// `from` on.
    fn find_from(&self, parts: &[Vec<char>], from: usize) -> Option<(usize, usize)> {
        let (first, rest) = parts.split_first()?;
        'start: for start in self.starts_of(first, from) {
            let mut end = start + first.len();
            for part in rest {
                let reach = end + ELISION_REACH;
                match self.starts_of(part, end).take_while(|&i| i <= reach).next() {
                    Some(at) => end = at + part.len(),
                    None => continue 'start,
                }
            }
            return Some((start, end));
        }
        None
    }

    /// Looks for `quote`, on pages `first..=last` when they are given and the text has pages.
    pub fn find(&self, quote: &str, pages: Option<(u32, u32)>) -> Found {
        let parts = parts_of(quote);
        if parts.is_empty() {
            return Found::Nowhere;
        }
        let mut elsewhere = None;
        let mut from = 0;
        while let Some((start, end)) = self.find_from(&parts, from) {
            let (on, until) = (self.page_at(start), self.page_at(end.saturating_sub(1)));
            match (pages, on) {
                (Some((first, last)), Some(on)) if !self.pages.is_empty() => {
                    let until = until.unwrap_or(on);
                    if on <= last && until >= first {
                        return Found::Here { page: Some(on) };
                    }
                    elsewhere.get_or_insert(on);
                }
                _ => return Found::Here { page: on },
            }
            from = start + 1;
        }
        elsewhere.map_or(Found::Nowhere, Found::OnPage)
    }

    /// The passage of the text most like `quote`: the stretch of as many words as the quote
    /// has that shares the most pairs of consecutive words with it (then the most words), as
    /// the original text has it (white space made single).
    pub fn closest(&self, quote: &str) -> Option<String> {
        let words = |chars: &[char]| -> Vec<(String, usize, usize)> {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in chars.iter().enumerate() {
                match (c.is_alphanumeric(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        out.push((chars[s..i].iter().collect::<String>().to_lowercase(), s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            if let Some(s) = start {
                out.push((
                    chars[s..].iter().collect::<String>().to_lowercase(),
                    s,
                    chars.len(),
                ));
            }
            out
        };
        let quoted: Vec<String> = parts_of(quote)
            .iter()
            .flat_map(|p| words(p))
            .map(|(w, _, _)| w)
            .collect();
        let text = words(&self.chars);
        let n = quoted.len();
        if n == 0 || text.is_empty() {
            return None;
        }
        let pairs: HashSet<(&str, &str)> = quoted
            .windows(2)
            .map(|w| (w[0].as_str(), w[1].as_str()))
            .collect();
        let singles: HashSet<&str> = quoted.iter().map(String::as_str).collect();
        let n = n.min(text.len());
        let mut best: Option<((usize, usize), usize)> = None;
        for start in 0..=text.len() - n {
            let window = &text[start..start + n];
            let shared_pairs = window
                .windows(2)
                .filter(|w| pairs.contains(&(w[0].0.as_str(), w[1].0.as_str())))
                .count();
            let shared = window
                .iter()
                .filter(|w| singles.contains(w.0.as_str()))
                .count();
            let score = (shared_pairs, shared);
            if best.is_none_or(|(b, _)| score > b) {
                best = Some((score, start));
            }
        }
        let ((pairs_shared, shared), start) = best?;
        if pairs_shared == 0 && shared * 2 < n {
            return None;
        }
        let (from, to) = (text[start].1, text[start + n - 1].2);
        let begin = self.origin[from];
        let end = self.origin.get(to).copied().unwrap_or(self.original.len());
        let passage = self.original[begin..end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        Some(passage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_soft_hyphens_quote_marks_and_line_end_hyphens_are_normalised() {
        let text = DocumentText::new(
            "De transforma\u{ad} tieplannen worden  beoordeeld\ndoor de “twee” markt-\nleiders – samen.",
        );
        assert_eq!(
            text.find(
                "transformatieplannen worden beoordeeld door de \"twee\" marktleiders - samen",
                None
            ),
            Found::Here { page: None }
        );
        assert_eq!(
            text.find("worden beoordeeld door drie", None),
            Found::Nowhere
        );
        // Case is kept.
        assert_eq!(text.find("de transformatieplannen", None), Found::Nowhere);
    }

    #[test]
    fn elisions_split_a_quote_into_parts_found_in_order() {
        let text = DocumentText::new("Eerst dit. Dan iets anders. Tot slot dat.");
        assert_eq!(
            text.find("Eerst dit. [...] Tot slot dat.", None),
            Found::Here { page: None }
        );
        assert_eq!(
            text.find("Eerst dit … dat.", None),
            Found::Here { page: None }
        );
        assert_eq!(
            text.find("Tot slot dat. [...] Eerst dit.", None),
            Found::Nowhere
        );
    }

    #[test]
    fn a_quote_cited_at_a_page_must_be_on_that_page() {
        let text = DocumentText::new(
            "=== PAGE 1 ===\nInleiding over het akkoord.\n=== PAGE 2 ===\nDe regio beslist samen.\n",
        );
        assert!(text.has_pages());
        assert_eq!(
            text.find("De regio beslist samen.", Some((2, 2))),
            Found::Here { page: Some(2) }
        );
        assert_eq!(
            text.find("De regio beslist samen.", Some((1, 1))),
            Found::OnPage(2)
        );
        assert_eq!(
            text.find("De regio beslist samen.", None),
            Found::Here { page: Some(2) }
        );
        // A quote that runs on into the next page counts for the page it starts on.
        assert_eq!(
            text.find("over het akkoord. De regio", Some((1, 1))),
            Found::Here { page: Some(1) }
        );
        // The page marks are not part of the text.
        assert_eq!(text.find("PAGE 2", None), Found::Nowhere);
    }

    #[test]
    fn the_closest_passage_is_the_one_that_shares_the_most_words() {
        let text = DocumentText::new(
            "Het rijk is verantwoordelijk voor een balans tussen taken, middelen en uitvoerbaarheid voor gemeenten. Daarna volgt iets anders.",
        );
        let closest = text
            .closest("het rijk is verantwoordelijk voor een evenwicht tussen taken en middelen")
            .unwrap();
        assert!(
            closest.starts_with("Het rijk is verantwoordelijk voor een balans"),
            "{closest}"
        );
        assert_eq!(text.closest("volkomen iets ongerelateerds hier"), None);
    }
}
