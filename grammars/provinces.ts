/**
 * Vietnam's provinces and centrally-governed cities as they are officially written
 * (the 63 units before the 2025 merger, which include all 34 after it). A name in a
 * document matches whatever its tone placement or case; the official spelling is output.
 */
export const provinces: string[] = [
  "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
  "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
  "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
  "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hồ Chí Minh",
  "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng",
  "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
  "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
  "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế", "Tiền Giang", "Trà Vinh",
  "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
];

/** spelling variants that are not tone placement: "Đắc Lắc", "Bà Rịa-Vũng Tàu", "TP. Hồ Chí Minh" */
export const provinceAliases: Record<string, string> = {
  "Đắc Lắc": "Đắk Lắk",
  "Daklak": "Đắk Lắk",
  "Đăk Nông": "Đắk Nông",
  "Bà Rịa Vũng Tàu": "Bà Rịa - Vũng Tàu",
  "Thành phố Hồ Chí Minh": "Hồ Chí Minh",
  "Bắc Cạn": "Bắc Kạn",
};
