//! A string under construction that remembers, for every byte, the byte offset in the
//! original file it came from. Every later offset can be mapped back to the source.

#[derive(Debug, Clone, Default)]
pub struct Mapped {
    pub text: String,
    /// `map[i]` = original byte offset of normalized byte `i`; one extra entry at the end.
    pub map: Vec<u32>,
}

impl Mapped {
    pub fn with_capacity(n: usize) -> Self {
        Mapped {
            text: String::with_capacity(n),
            map: Vec::with_capacity(n),
        }
    }
    pub fn push(&mut self, c: char, orig: usize) {
        // Each byte of a copied character maps to its own source byte.
        for k in 0..c.len_utf8() {
            self.map.push((orig + k) as u32);
        }
        self.text.push(c);
    }
    pub fn push_str(&mut self, s: &str, orig: usize) {
        for c in s.chars() {
            self.push(c, orig);
        }
    }
    pub fn len(&self) -> usize {
        self.text.len()
    }
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
    pub fn ends_with_space(&self) -> bool {
        self.text.is_empty() || self.text.ends_with(' ') || self.text.ends_with('\n')
    }
    /// Original offset of normalized byte `i` (the end of the source for `i == len`).
    pub fn orig(&self, i: usize) -> usize {
        self.map
            .get(i)
            .copied()
            .unwrap_or_else(|| self.map.last().copied().unwrap_or(0)) as usize
    }
    pub fn trim_end(&mut self) {
        self.trim_end_to(0);
    }
    /// Trims trailing blanks, but not below `floor` (what was written before is kept).
    pub fn trim_end_to(&mut self, floor: usize) {
        while self.text.len() > floor && self.text.ends_with([' ', '\n', '\t']) {
            self.text.pop();
            self.map.pop();
        }
    }
}
