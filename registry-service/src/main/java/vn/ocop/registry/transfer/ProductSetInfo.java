package vn.ocop.registry.transfer;

/** What an import needs of a product set (bộ sản phẩm): number, name and group. */
record ProductSetInfo(int number, String name, int groupNumber) {}
