//! Reading typed values from [`Json`] and writing them back, with the names serde's
//! `rename_all = "kebab-case"` gives, so files written by either side read on the other.

use super::value::{Json, JsonError};
use std::collections::BTreeSet;

/// A value that can be read from JSON.
pub trait FromJson: Sized {
    fn from_json(json: &Json) -> Result<Self, JsonError>;

    /// The value of a member that is absent, if the type has one (`None` for options).
    fn when_missing() -> Option<Self> {
        None
    }
}

/// A value that can be written as JSON.
pub trait ToJson {
    fn to_json(&self) -> Json;
}

/// Reads a whole text as a `T`.
pub fn from_text<T: FromJson>(text: &str) -> Result<T, JsonError> {
    T::from_json(&Json::parse(text)?)
}

/// The members of an object, or an error.
pub fn members(json: &Json) -> Result<&[(String, Json)], JsonError> {
    match json {
        Json::Object(members) => Ok(members),
        _ => Err(JsonError::new("expected an object")),
    }
}

/// A Rust field name as written in files: `content_warning` is `content-warning`.
fn member<'a>(json: &'a Json, field: &str) -> Result<Option<&'a Json>, JsonError> {
    let found = members(json)?.iter().find(|(key, _)| {
        key.len() == field.len()
            && key
                .bytes()
                .zip(field.bytes())
                .all(|(k, f)| k == f || (k == b'-' && f == b'_'))
    });
    Ok(found.map(|(_, value)| value))
}

/// A member that must be there (or whose type has a value for absence, like `Option`).
pub fn field<T: FromJson>(json: &Json, name: &str) -> Result<T, JsonError> {
    match member(json, name)? {
        Some(value) => T::from_json(value).map_err(|e| e.within(name)),
        None => T::when_missing().ok_or_else(|| JsonError::new(format!("missing field `{name}`"))),
    }
}

/// A member that takes its default when absent (serde's `#[serde(default)]`).
pub fn field_or_default<T: FromJson + Default>(json: &Json, name: &str) -> Result<T, JsonError> {
    match member(json, name)? {
        Some(value) => T::from_json(value).map_err(|e| e.within(name)),
        None => Ok(T::default()),
    }
}

/// An object from named members, the names written as Rust fields (`content_warning`).
pub fn object(members: Vec<(&str, Json)>) -> Json {
    Json::Object(members.into_iter().map(|(k, v)| (k.replace('_', "-"), v)).collect())
}

/// serde's kebab-case for a variant: a dash before each capital but the first, all lowercase,
/// underscores become dashes (`SmugglingProtocolArt6_1b` is `smuggling-protocol-art6-1b`).
pub fn kebab(variant: &str) -> String {
    let mut out = String::with_capacity(variant.len() + 4);
    for (i, c) in variant.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(if c == '_' { '-' } else { c.to_ascii_lowercase() });
    }
    out
}

/// A unit enum written as the kebab-case name of its variant.
pub trait KebabEnum: Copy + 'static {
    /// Every variant with its Rust name.
    const VARIANTS: &'static [(Self, &'static str)];

    fn kebab_name(self) -> String
    where
        Self: PartialEq,
    {
        Self::VARIANTS
            .iter()
            .find(|(v, _)| *v == self)
            .map(|(_, name)| kebab(name))
            .unwrap_or_default()
    }

    fn from_kebab(text: &str) -> Option<Self> {
        Self::VARIANTS
            .iter()
            .find(|(_, name)| kebab(name) == text)
            .map(|(v, _)| *v)
    }
}

/// Implements [`KebabEnum`], [`FromJson`] and [`ToJson`] for unit enums.
#[macro_export]
macro_rules! kebab_enum {
    ($($ty:ident { $($variant:ident),* $(,)? })*) => {$(
        impl $crate::json::KebabEnum for $ty {
            const VARIANTS: &'static [(Self, &'static str)] = &[$(($ty::$variant, stringify!($variant))),*];
        }
        impl $crate::json::FromJson for $ty {
            fn from_json(json: &$crate::json::Json) -> Result<Self, $crate::json::JsonError> {
                let text = json.as_str().ok_or_else(|| $crate::json::JsonError::new("expected a string"))?;
                <$ty as $crate::json::KebabEnum>::from_kebab(text)
                    .ok_or_else(|| $crate::json::JsonError::new(format!("unknown variant `{text}`")))
            }
        }
        impl $crate::json::ToJson for $ty {
            fn to_json(&self) -> $crate::json::Json {
                $crate::json::Json::String($crate::json::KebabEnum::kebab_name(*self))
            }
        }
    )*};
}

/// Implements [`FromJson`] for a struct read member by member; `field = default` takes the
/// type's default when absent (serde's `#[serde(default)]`). Generic structs give their
/// parameters in brackets: `[T] Case<T> { ... }`.
#[macro_export]
macro_rules! from_json_struct {
    (@member $json:ident, $field:ident) => { $crate::json::field($json, stringify!($field))? };
    (@member $json:ident, $field:ident, default) => { $crate::json::field_or_default($json, stringify!($field))? };
    ($([$($generic:ident),*])? $ty:ident $(<$($param:ident),*>)? { $($field:ident $(= $default:ident)?),* $(,)? }) => {
        impl$(<$($generic: $crate::json::FromJson),*>)? $crate::json::FromJson for $ty$(<$($param),*>)? {
            fn from_json(json: &$crate::json::Json) -> Result<Self, $crate::json::JsonError> {
                $crate::json::members(json)?;
                Ok($ty {
                    $($field: $crate::from_json_struct!(@member json, $field $(, $default)?),)*
                })
            }
        }
    };
}

impl FromJson for String {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        json.as_str()
            .map(str::to_string)
            .ok_or_else(|| JsonError::new("expected a string"))
    }
}

impl ToJson for String {
    fn to_json(&self) -> Json {
        Json::String(self.clone())
    }
}

impl FromJson for bool {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        match json {
            Json::Bool(b) => Ok(*b),
            _ => Err(JsonError::new("expected true or false")),
        }
    }
}

impl ToJson for bool {
    fn to_json(&self) -> Json {
        Json::Bool(*self)
    }
}

/// Whole numbers of each width, refused when out of range.
macro_rules! whole_numbers {
    ($($ty:ty),*) => {$(
        impl FromJson for $ty {
            fn from_json(json: &Json) -> Result<Self, JsonError> {
                json.as_u64()
                    .and_then(|n| <$ty>::try_from(n).ok())
                    .ok_or_else(|| JsonError::new(concat!("expected a whole number (", stringify!($ty), ")")))
            }
        }
        impl ToJson for $ty {
            fn to_json(&self) -> Json {
                Json::Number(self.to_string())
            }
        }
    )*};
}
whole_numbers!(u8, u32, usize);

impl FromJson for f64 {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        json.as_f64().ok_or_else(|| JsonError::new("expected a number"))
    }
}

impl ToJson for f64 {
    fn to_json(&self) -> Json {
        Json::number(*self)
    }
}

impl<T: FromJson> FromJson for Option<T> {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        match json {
            Json::Null => Ok(None),
            other => T::from_json(other).map(Some),
        }
    }

    fn when_missing() -> Option<Self> {
        Some(None)
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn to_json(&self) -> Json {
        self.as_ref().map_or(Json::Null, T::to_json)
    }
}

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        let items = json.as_array().ok_or_else(|| JsonError::new("expected an array"))?;
        items
            .iter()
            .enumerate()
            .map(|(i, item)| T::from_json(item).map_err(|e| e.within(&format!("[{i}]"))))
            .collect()
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn to_json(&self) -> Json {
        Json::Array(self.iter().map(T::to_json).collect())
    }
}

impl<T: FromJson + Ord> FromJson for BTreeSet<T> {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        let mut set = BTreeSet::new();
        for item in Vec::<T>::from_json(json)? {
            set.insert(item);
        }
        Ok(set)
    }
}

/// A pair is a two-item array, as serde writes tuples.
impl<A: FromJson, B: FromJson> FromJson for (A, B) {
    fn from_json(json: &Json) -> Result<Self, JsonError> {
        match json.as_array() {
            Some([a, b]) => Ok((A::from_json(a)?, B::from_json(b)?)),
            _ => Err(JsonError::new("expected a pair")),
        }
    }
}
