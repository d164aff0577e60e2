"""Vietnamese the tests hold the program's text to."""

# The wrong synonyms of the machine-reworded source article (../shared/CONTENT.md §1):
# none of them may appear in anything the program shows.
SPUN_WORDS = (
    "từng lớp",
    "vận dụng",
    "duyên do",
    "duyên cớ",
    "nguyên cớ",
    "căn nguyên",
    "can hệ",
    "can dự",
    "tương trợ",
    "thời kì",
    "trương mục",
    "thẩm tra",
    "lợi quyền",
    "hòm thư rác",
)
