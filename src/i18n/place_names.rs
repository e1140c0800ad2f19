//! Places of the cases, in the spellings people type: French, English and local Latin spellings
//! and the Arabic, so "Nador" finds الناظور and الناظور finds "Nador", whatever the language of
//! the library. Matched against what the cases mention (see `domain::content::SearchIndex`).

/// Each place: every spelling it goes by. A spelling of several words is matched word by word.
pub const PLACES: &[&[&str]] = &[
    &["Nador", "الناظور"],
    &["Oujda", "Wajda", "وجدة"],
    &["Fès", "Fez", "فاس"],
    &["Marrakech", "Marrakesh", "مراكش"],
    &["Tanger", "Tangier", "Tangiers", "Tanja", "طنجة"],
    &["Casablanca", "Dar el Beida", "الدار البيضاء"],
    &["Rabat", "الرباط"],
    &["Dakhla", "Villa Cisneros", "الداخلة"],
    &["Melilla", "Mlilia", "مليلية"],
    &["Ceuta", "Sebta", "سبتة"],
    &["Agadir", "أكادير"],
    &["Laâyoune", "El Aaiún", "Layoune", "العيون"],
    &["Tétouan", "Tetuan", "تطوان"],
    &["Meknès", "مكناس"],
    &["Kénitra", "القنيطرة"],
    &["Al Hoceima", "Hoceima", "Alhucemas", "الحسيمة"],
    &["Beni Mellal", "بني ملال"],
    &["Khouribga", "خريبكة"],
    &["Azilal", "أزيلال"],
    &["Souss", "Sous", "سوس"],
    &["Chichaoua", "شيشاوة"],
    &["Boukhalef", "بوخالف"],
    &["Fnideq", "Castillejos", "الفنيدق"],
    &["Safi", "آسفي"],
    &["Essaouira", "Mogador", "الصويرة"],
    &["Tiznit", "تيزنيت"],
    &["Guelmim", "كلميم"],
    &["Maghnia", "مغنية"],
    &["Algeciras", "Algésiras", "الجزيرة الخضراء"],
    &["Maroc", "Morocco", "المغرب"],
    &["Espagne", "Spain", "España", "إسبانيا"],
    &["Algérie", "Algeria", "الجزائر"],
];
