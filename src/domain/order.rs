//! Sorting, and sets and maps built by insertion, for the code the browser runs.
//!
//! The sorts are std's stable sort (O(n log n)): an import can carry thousands of attempts in any
//! order, and an insertion sort, once used here to save wasm size, took 0.69 s on 12,000
//! attempts in reverse order. The wrappers keep one name for "stable sort" across the crate.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Sorts `items` by `compare`, keeping equal items in their order (a stable sort).
pub fn sort_by<T>(items: &mut [T], compare: impl FnMut(&T, &T) -> Ordering) {
    items.sort_by(compare);
}

/// Sorts `items` by the key of each, keeping items with equal keys in their order.
pub fn sort_by_key<T, K: Ord>(items: &mut [T], key: impl FnMut(&T) -> K) {
    items.sort_by_key(key);
}

/// Sorts `items` in ascending order.
pub fn sort<T: Ord>(items: &mut [T]) {
    items.sort();
}

/// The set of `items`, inserted one by one.
pub fn set_of<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// The map of `entries`, inserted one by one: of two entries with the same key, the later's value stays.
pub fn map_of<K: Ord, V>(entries: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(entries);
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_keys_keep_their_order() {
        let mut items = vec![(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (0, 'e'), (2, 'f')];
        sort_by_key(&mut items, |(k, _)| *k);
        assert_eq!(items, [(0, 'e'), (1, 'b'), (1, 'd'), (2, 'a'), (2, 'c'), (2, 'f')]);
    }

    #[test]
    fn empty_and_single_lists_are_left_as_they_are() {
        let mut empty: Vec<u8> = vec![];
        sort(&mut empty);
        assert!(empty.is_empty());
        let mut one = vec![7];
        sort(&mut one);
        assert_eq!(one, [7]);
    }

    #[test]
    fn a_long_reversed_list_takes_n_log_n_comparisons() {
        // 12,000 attempts imported newest first: an insertion sort made 72 million comparisons.
        let n = 12_000u64;
        let mut items: Vec<u64> = (0..n).rev().collect();
        let mut comparisons = 0u64;
        sort_by(&mut items, |a, b| {
            comparisons += 1;
            a.cmp(b)
        });
        assert_eq!(items, (0..n).collect::<Vec<_>>());
        let bound = n * 14 * 2; // 2 n log2 n, with log2 12,000 < 14
        assert!(
            comparisons <= bound,
            "{comparisons} comparisons for {n} items (bound {bound})"
        );
    }

    #[test]
    fn a_reversed_list_comes_out_ascending() {
        let mut items: Vec<u32> = (0..100).rev().collect();
        sort(&mut items);
        assert_eq!(items, (0..100).collect::<Vec<_>>());
    }

    #[test]
    fn it_agrees_with_std_on_a_shuffled_list() {
        // A fixed pseudo-random order, with many equal keys.
        let mut items: Vec<(u32, usize)> = (0..500).map(|i| ((i * 7919 % 503) % 37, i as usize)).collect();
        let mut expected = items.clone();
        expected.sort_by_key(|(k, _)| *k);
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected);
    }

    #[test]
    fn sets_and_maps_hold_each_key_once() {
        assert_eq!(set_of([3, 1, 3, 2]).into_iter().collect::<Vec<_>>(), [1, 2, 3]);
        let map = map_of([("b", 1), ("a", 2), ("b", 3)]);
        assert_eq!(map.into_iter().collect::<Vec<_>>(), [("a", 2), ("b", 3)]);
    }
}
