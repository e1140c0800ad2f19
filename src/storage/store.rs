//! A key-value store: localStorage in the browser, a map in tests.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

/// Why the store refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoreError {
    /// Storage is disabled or blocked (private mode, a policy, no window).
    Unavailable,
    /// Storage is full.
    QuotaExceeded,
}

/// The few operations the app needs from a store of strings.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError>;
    fn remove(&self, key: &str) -> Result<(), StoreError>;
    fn keys(&self) -> Result<Vec<String>, StoreError>;

    /// Copies the value under `from` to `to` exactly as stored. The browser's store copies the
    /// string itself, so even text that is not valid Unicode (lone surrogates) is copied unchanged.
    fn copy(&self, from: &str, to: &str) -> Result<(), StoreError> {
        match self.get(from)? {
            Some(value) => self.set(to, &value),
            None => Ok(()),
        }
    }

    /// Whether the values under two keys are identical, compared as stored.
    fn same(&self, a: &str, b: &str) -> Result<bool, StoreError> {
        Ok(self.get(a)? == self.get(b)?)
    }
}

/// An in-memory store, which can be told to fail like a full or blocked localStorage.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    failure: Cell<Option<StoreErrorKind>>,
    /// The most bytes (keys and values) the store holds, like localStorage's quota; 0 for no limit.
    quota: Cell<usize>,
}

#[derive(Debug, Clone, Copy)]
enum StoreErrorKind {
    Unavailable,
    Quota,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// From now on every call fails as if storage were disabled.
    pub fn fail_unavailable(&self) {
        self.failure.set(Some(StoreErrorKind::Unavailable));
    }

    /// From now on every write fails as if storage were full.
    pub fn fail_quota(&self) {
        self.failure.set(Some(StoreErrorKind::Quota));
    }

    /// From now on a write that would make the store hold more than `bytes` fails as full.
    pub fn set_quota(&self, bytes: usize) {
        self.quota.set(bytes);
    }

    /// The bytes held, keys and values.
    pub fn used(&self) -> usize {
        self.map.borrow().iter().map(|(k, v)| k.len() + v.len()).sum()
    }

    fn check(&self, write: bool) -> Result<(), StoreError> {
        match self.failure.get() {
            Some(StoreErrorKind::Unavailable) => Err(StoreError::Unavailable),
            Some(StoreErrorKind::Quota) if write => Err(StoreError::QuotaExceeded),
            _ => Ok(()),
        }
    }
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.check(false)?;
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.check(true)?;
        let quota = self.quota.get();
        if quota > 0 {
            let replaced = self.map.borrow().get(key).map_or(0, |v| key.len() + v.len());
            if self.used() - replaced + key.len() + value.len() > quota {
                return Err(StoreError::QuotaExceeded);
            }
        }
        self.map.borrow_mut().insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.check(true)?;
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        self.check(false)?;
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
