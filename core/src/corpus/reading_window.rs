//! Where a long document's blocks of paragraphs lie on the page, so that
//! only those in view are rendered: a block's height is measured once it
//! has been rendered, and estimated from its characters until then (the
//! page's own characters-to-pixels ratio, learnt from the blocks measured).
//! Offsets are in CSS pixels from the top of the document's text.

use crate::text::document::Document;
use std::collections::BTreeMap;
use std::ops::Range;

/// Pixels a character takes before any block is measured: a line of about
/// 60 characters, 33 pixels high.
const FIRST_PIXELS_PER_CHAR: f64 = 0.55;
/// Blocks rendered beyond each edge of the view.
pub const OVERSCAN_BLOCKS: usize = 2;
/// The highest a page is made (browsers stop laying out beyond about 17
/// million pixels): a longer text has its spacers scaled down to fit.
pub const HIGHEST_PAGE: f64 = 8_000_000.0;

/// The geometry of one document's blocks.
#[derive(Clone, Debug)]
pub struct BlockGeometry {
    /// Characters in blocks `0..i` (one more entry than blocks).
    chars_before: Vec<u64>,
    /// Heights measured, by block.
    measured: BTreeMap<usize, f64>,
    /// Pixels per character, from the blocks measured.
    pixels_per_char: f64,
}

impl BlockGeometry {
    /// The blocks of `document`, `paragraphs_per_block` paragraphs each.
    pub fn of(document: &Document, paragraphs_per_block: usize) -> Self {
        let sentences = document.sentences();
        let chars = |range: &Range<usize>| {
            let first = sentences.get(range.start).map_or(0, |sentence| sentence.start);
            let last = range.end.checked_sub(1).and_then(|index| sentences.get(index)).map_or(first, |s| s.end);
            (last - first) as u64
        };
        let blocks = document.paragraphs().chunks(paragraphs_per_block.max(1));
        Self::from_chars(blocks.map(|block| block.iter().map(chars).sum()))
    }

    /// Blocks holding these numbers of characters, in order.
    pub fn from_chars(chars: impl IntoIterator<Item = u64>) -> Self {
        let mut chars_before = vec![0];
        for count in chars {
            chars_before.push(chars_before.last().copied().unwrap_or(0) + count.max(1));
        }
        Self { chars_before, measured: BTreeMap::new(), pixels_per_char: FIRST_PIXELS_PER_CHAR }
    }

    /// How many blocks there are.
    pub fn blocks(&self) -> usize {
        self.chars_before.len() - 1
    }

    fn chars(&self, block: usize) -> u64 {
        self.chars_before[block + 1] - self.chars_before[block]
    }

    fn estimate(&self, block: usize) -> f64 {
        self.chars(block) as f64 * self.pixels_per_char
    }

    /// Block `block` is `height` pixels high as rendered.
    pub fn measure(&mut self, block: usize, height: f64) {
        if block >= self.blocks() || !height.is_finite() || height <= 0.0 {
            return;
        }
        self.measured.insert(block, height);
        let (pixels, chars) =
            self.measured.iter().fold((0.0, 0u64), |(pixels, chars), (b, h)| (pixels + h, chars + self.chars(*b)));
        self.pixels_per_char = pixels / chars.max(1) as f64;
    }

    /// Pixels from the top of the text to the top of block `block` (the
    /// whole height for `block` = the number of blocks).
    pub fn offset(&self, block: usize) -> f64 {
        let block = block.min(self.blocks());
        let estimated = self.chars_before[block] as f64 * self.pixels_per_char;
        let corrections: f64 = self.measured.range(..block).map(|(b, h)| h - self.estimate(*b)).sum();
        (estimated + corrections).max(0.0)
    }

    /// The whole height.
    pub fn total(&self) -> f64 {
        self.offset(self.blocks())
    }

    /// The block at `y` pixels from the top of the text (the last one below
    /// the end, the first one above the top).
    pub fn block_at(&self, y: f64) -> usize {
        let (mut low, mut high) = (0, self.blocks());
        while high - low > 1 {
            let middle = (low + high) / 2;
            if self.offset(middle) <= y {
                low = middle;
            } else {
                high = middle;
            }
        }
        low
    }

    /// How much the spacers are scaled down so the page stays below
    /// [`HIGHEST_PAGE`] (1 for all but the longest texts).
    pub fn scale(&self) -> f64 {
        (HIGHEST_PAGE / self.total().max(1.0)).min(1.0)
    }

    /// The spacers' heights, in page pixels, around the blocks `range`.
    pub fn spacers(&self, range: &Range<usize>) -> (f64, f64) {
        let scale = self.scale();
        (self.offset(range.start) * scale, (self.total() - self.offset(range.end)) * scale)
    }

    /// Where `page_y` (page pixels from the top of the text, spacers scaled,
    /// the blocks `range` rendered at their size) is in the text.
    pub fn text_y(&self, page_y: f64, range: &Range<usize>) -> f64 {
        let scale = self.scale();
        let (start, end) = (self.offset(range.start), self.offset(range.end));
        let before = start * scale;
        if page_y < before {
            page_y / scale
        } else if page_y < before + (end - start) {
            start + (page_y - before)
        } else {
            end + (page_y - before - (end - start)) / scale
        }
    }

    /// The blocks to render for a view from `top` pixels down, `height`
    /// high: those it shows, and [`OVERSCAN_BLOCKS`] more each side.
    pub fn window(&self, top: f64, height: f64) -> Range<usize> {
        let (first, last) = (self.block_at(top), self.block_at(top + height.max(1.0)));
        first.saturating_sub(OVERSCAN_BLOCKS)..(last + 1 + OVERSCAN_BLOCKS).min(self.blocks())
    }

    /// The blocks to render around block `block` for a view `height` high
    /// (a jump to a sentence in it).
    pub fn window_around(&self, block: usize, height: f64) -> Range<usize> {
        let block = block.min(self.blocks().saturating_sub(1));
        let top = self.offset(block) - height / 2.0;
        let window = self.window(top.max(0.0), height);
        window.start.min(block)..window.end.max(block + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_measured_heights_and_estimate_the_rest_from_characters() {
        let mut geometry = BlockGeometry::from_chars([100, 100, 100, 100]);
        assert_eq!(geometry.offset(2), 200.0 * FIRST_PIXELS_PER_CHAR);
        geometry.measure(0, 100.0);
        // One block measured: 1 px a character from now on.
        assert_eq!((geometry.offset(1), geometry.offset(3), geometry.total()), (100.0, 300.0, 400.0));
        geometry.measure(1, 300.0);
        // 2 px a character estimated; blocks 0 and 1 as measured.
        assert_eq!((geometry.offset(2), geometry.offset(3), geometry.total()), (400.0, 600.0, 800.0));
        assert_eq!(geometry.block_at(399.0), 1);
        assert_eq!(geometry.block_at(400.0), 2);
        assert_eq!(geometry.block_at(1e9), 3);
        assert_eq!(geometry.block_at(-5.0), 0);
    }

    #[test]
    fn a_window_covers_the_view_and_a_jump_lands_inside_its_window() {
        let geometry = BlockGeometry::from_chars(std::iter::repeat_n(1000, 100_000));
        let window = geometry.window(geometry.offset(500), 900.0);
        assert!(window.contains(&500) && window.len() <= 10, "{window:?}");
        let end = geometry.window_around(99_999, 900.0);
        assert!(end.contains(&99_999) && end.end == 100_000, "{end:?}");
        assert_eq!(geometry.window_around(0, 900.0).start, 0);
        assert_eq!(BlockGeometry::from_chars([]).window(0.0, 900.0), 0..0);
    }

    #[test]
    fn a_text_higher_than_a_page_can_be_has_its_spacers_scaled_and_positions_map_back() {
        // 6 million sentences of 30 characters: about 99 million pixels.
        let geometry = BlockGeometry::from_chars(std::iter::repeat_n(24 * 5 * 30, 50_000));
        assert!(geometry.total() > HIGHEST_PAGE * 10.0);
        let range = geometry.window_around(49_999, 900.0);
        let (before, after) = geometry.spacers(&range);
        let rendered = geometry.offset(range.end) - geometry.offset(range.start);
        assert!(before + rendered + after <= HIGHEST_PAGE + rendered, "{before} {after}");
        // The top of the rendered blocks maps to their first block, the
        // middle of the top spacer to the middle of the text.
        assert_eq!(geometry.block_at(geometry.text_y(before + 1.0, &range)), range.start);
        let middle = geometry.block_at(geometry.text_y(before / 2.0, &range));
        assert!(middle.abs_diff(range.start / 2) <= 1, "{middle}");
        assert_eq!(geometry.block_at(geometry.text_y(before + rendered + after - 1.0, &range)), 49_999);
        let short = BlockGeometry::from_chars([100, 100]);
        assert_eq!(short.scale(), 1.0);
        assert_eq!(short.text_y(30.0, &(1..2)), 30.0);
    }
}
