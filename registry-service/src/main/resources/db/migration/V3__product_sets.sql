-- The 26 product sets (bộ sản phẩm) in 6 groups (nhóm ngành) of Decision 148/QĐ-TTg (2023), Annex I.
-- No official set code exists: the number is the Annex order, which two independent third-party
-- codebases agree on (see shared/domain.md §2.4). Set 8's name is given in full as those
-- codebases spell it; domain.md abbreviates it.
create table product_set (
    number         integer      primary key check (number between 1 and 99),
    name           varchar(200) not null,
    group_number   integer      not null,
    group_name     varchar(100) not null,
    group_name_en  varchar(100) not null
);

insert into product_set (number, name, group_number, group_name, group_name_en) values
  (1,  'Rau, củ, quả, hạt tươi', 1, 'Thực phẩm', 'Food'),
  (2,  'Thịt, thủy sản, trứng, sữa tươi', 1, 'Thực phẩm', 'Food'),
  (3,  'Gạo, ngũ cốc, hạt sơ chế khác', 1, 'Thực phẩm', 'Food'),
  (4,  'Mật ong, mật khác và nông sản thực phẩm khác', 1, 'Thực phẩm', 'Food'),
  (5,  'Đồ ăn nhanh', 1, 'Thực phẩm', 'Food'),
  (6,  'Chế biến từ gạo, ngũ cốc', 1, 'Thực phẩm', 'Food'),
  (7,  'Chế biến từ rau, củ, quả, hạt', 1, 'Thực phẩm', 'Food'),
  (8,  'Chế biến từ thịt, trứng, sữa, thủy sản, các sản phẩm từ mật ong, mật khác và nông sản thực phẩm khác', 1, 'Thực phẩm', 'Food'),
  (9,  'Tương, nước mắm, gia vị dạng lỏng khác', 1, 'Thực phẩm', 'Food'),
  (10, 'Gia vị khác', 1, 'Thực phẩm', 'Food'),
  (11, 'Chè tươi, chè chế biến', 1, 'Thực phẩm', 'Food'),
  (12, 'Sản phẩm trà từ thực vật khác', 1, 'Thực phẩm', 'Food'),
  (13, 'Cà phê, ca cao', 1, 'Thực phẩm', 'Food'),
  (14, 'Rượu trắng', 2, 'Đồ uống', 'Beverages'),
  (15, 'Đồ uống có cồn khác', 2, 'Đồ uống', 'Beverages'),
  (16, 'Nước khoáng thiên nhiên, nước uống đóng chai', 2, 'Đồ uống', 'Beverages'),
  (17, 'Đồ uống không cồn khác', 2, 'Đồ uống', 'Beverages'),
  (18, 'Thực phẩm chức năng, thuốc dược liệu, thuốc cổ truyền', 3, 'Thảo dược', 'Medicinal herbs and herbal products'),
  (19, 'Mỹ phẩm có thành phần từ dược liệu', 3, 'Thảo dược', 'Medicinal herbs and herbal products'),
  (20, 'Tinh dầu và dược liệu khác', 3, 'Thảo dược', 'Medicinal herbs and herbal products'),
  (21, 'Thủ công mỹ nghệ gia dụng, trang trí', 4, 'Thủ công mỹ nghệ', 'Handicrafts'),
  (22, 'Vải, may mặc', 4, 'Thủ công mỹ nghệ', 'Handicrafts'),
  (23, 'Hoa', 5, 'Sinh vật cảnh', 'Ornamental plants and animals'),
  (24, 'Cây cảnh', 5, 'Sinh vật cảnh', 'Ornamental plants and animals'),
  (25, 'Động vật cảnh', 5, 'Sinh vật cảnh', 'Ornamental plants and animals'),
  (26, 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 6, 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch', 'Community tourism, eco-tourism and tourist sites');
