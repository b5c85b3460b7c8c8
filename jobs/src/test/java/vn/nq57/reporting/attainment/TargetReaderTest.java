package vn.nq57.reporting.attainment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every distinct target wording found in the five source plans (shared/seeds), and the forms the
 * domain notes name, with the reading expected of each. Column "source" is the seed file number
 * (000–004) or "domain" for wordings the domain notes or the brief name that the seeds do not.
 * A text in double quotes keeps its surrounding spaces.
 */
class TargetReaderTest {

    private static final String TABLE = """
            source | text | unit | direction | kind | comparator | value | upper | perYear | qualifier
            000 | ≥ 50% | percent | higher | NUMERIC | AT_LEAST | 50 | | false |
            000 | Phấn đấu đạt ≥ 50% | percent | higher | NUMERIC | AT_LEAST | 50 | | false |
            000 | Đảm bảo 90% | percent | higher | NUMERIC | EXACTLY | 90 | | false |
            000 | 95% | percent | higher | NUMERIC | EXACTLY | 95 | | false |
            000 | Đạt 65% | percent | higher | NUMERIC | EXACTLY | 65 | | false |
            000 | Đạt 15% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 15 | | false | GRDP
            000 | 100% | percent | higher | NUMERIC | EXACTLY | 100 | | false |
            000 | dưới 5 | rank | lower | NUMERIC | LESS_THAN | 5 | | false |
            000 | 40% | percent | higher | NUMERIC | EXACTLY | 40 | | false |
            000 | Ứng dụng trong quản lý môi trường; nâng cao chất lượng sống người dân | text | higher | QUALITATIVE | | | | false |
            000 | Thuộc nhóm các địa phương đi đầu về đổi mới sáng tạo, chuyển đổi số | rank | lower | QUALITATIVE | | | | false |
            001 | ≥ 60%. | percent | higher | NUMERIC | AT_LEAST | 60 | | false |
            001 | ≥ 60% | percent | higher | NUMERIC | AT_LEAST | 60 | | false |
            001 | 6G (50%) | percent | higher | NUMERIC | EXACTLY | 50 | | false | 6G
            001 | 6G (80%) | percent | higher | NUMERIC | EXACTLY | 80 | | false | 6G
            001 | 6G (100%) | percent | higher | NUMERIC | EXACTLY | 100 | | false | 6G
            001 | 65% | percent | higher | NUMERIC | EXACTLY | 65 | | false |
            001 | ≥ 90% | percent | higher | NUMERIC | AT_LEAST | 90 | | false |
            001 | ≥ 98% | percent | higher | NUMERIC | AT_LEAST | 98 | | false |
            001 | 70% | percent | higher | NUMERIC | EXACTLY | 70 | | false |
            001 | ≥ 95% | percent | higher | NUMERIC | AT_LEAST | 95 | | false |
            001 | ≥ 100% | percent | higher | NUMERIC | AT_LEAST | 100 | | false |
            001 | ≥ 1,0%; | percent | higher | NUMERIC | AT_LEAST | 1 | | false |
            001 | ≥ 1,5%; | percent | higher | NUMERIC | AT_LEAST | 1.5 | | false |
            001 | ≥ 2%; | percent | higher | NUMERIC | AT_LEAST | 2 | | false |
            001 | ≥ 2,5%; | percent | higher | NUMERIC | AT_LEAST | 2.5 | | false |
            001 | ≥ 3%; | percent | higher | NUMERIC | AT_LEAST | 3 | | false |
            001 | đạt 2% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 2 | | false | GRDP
            001 | đạt 3% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 3 | | false | GRDP
            001 | ≥ 85% | percent | higher | NUMERIC | AT_LEAST | 85 | | false |
            001 | 85% | percent | higher | NUMERIC | EXACTLY | 85 | | false |
            001 | 75% | percent | higher | NUMERIC | EXACTLY | 75 | | false |
            001 | 90% | percent | higher | NUMERIC | EXACTLY | 90 | | false |
            001 | 97% | percent | higher | NUMERIC | EXACTLY | 97 | | false |
            001 | 99% | percent | higher | NUMERIC | EXACTLY | 99 | | false |
            001 | ứng dụng | text | higher | QUALITATIVE | | | | false |
            001 | ứng dụng | percent | higher | QUALITATIVE | | | | false |
            001 | " ≥ 75%." | percent | higher | NUMERIC | AT_LEAST | 75 | | false |
            001 | ≥ 75% | percent | higher | NUMERIC | AT_LEAST | 75 | | false |
            001 | 60% | percent | higher | NUMERIC | EXACTLY | 60 | | false |
            001 | ≥ 80% | percent | higher | NUMERIC | AT_LEAST | 80 | | false |
            001 | 80% | percent | higher | NUMERIC | EXACTLY | 80 | | false |
            001 | 100 | percent | higher | NUMERIC | EXACTLY | 100 | | false |
            001 | ≥ 85%. | percent | higher | NUMERIC | AT_LEAST | 85 | | false |
            001 | ≥ 95%. | percent | higher | NUMERIC | AT_LEAST | 95 | | false |
            001 | ≥ 70% | percent | higher | NUMERIC | AT_LEAST | 70 | | false |
            001 | ≥ 80%; | percent | higher | NUMERIC | AT_LEAST | 80 | | false |
            001 | ≥ 90%; | percent | higher | NUMERIC | AT_LEAST | 90 | | false |
            001 | ≥ 5% | percent | higher | NUMERIC | AT_LEAST | 5 | | false |
            001 | ≥ 10%. | percent | higher | NUMERIC | AT_LEAST | 10 | | false |
            001 | = 20%. | percent | higher | NUMERIC | EXACTLY | 20 | | false |
            001 | =30%. | percent | higher | NUMERIC | EXACTLY | 30 | | false |
            001 | = 40%. | percent | higher | NUMERIC | EXACTLY | 40 | | false |
            001 | 15% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 15 | | false | GRDP
            001 | 20% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 20 | | false | GRDP
            001 | 30% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 30 | | false | GRDP
            001 | 45% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 45 | | false | GRDP
            001 | 50% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 50 | | false | GRDP
            002 | ≥ 2 | percent | higher | NUMERIC | AT_LEAST | 2 | | false |
            002 | Tiên tiến, hiện đại | text | higher | QUALITATIVE | | | | false |
            002 | Tiên tiến, hiện đại | percent | higher | QUALITATIVE | | | | false |
            002 | 80 | percent | higher | NUMERIC | EXACTLY | 80 | | false |
            002 | ≥ 80 | percent | higher | NUMERIC | AT_LEAST | 80 | | false |
            002 | ≥ 90 | percent | higher | NUMERIC | AT_LEAST | 90 | | false |
            002 | Xếp hạng ở nhóm dẫn đầu trong các xã, phường trên địa bàn tỉnh | rank | lower | QUALITATIVE | | | | false |
            002 | Thuộc nhóm khá về phát triển khoa học, công nghệ và đổi mới sáng tạo so với các xã/xã trong tỉnh | rank | lower | QUALITATIVE | | | | false |
            002 | Thuộc nhóm khá | text | higher | QUALITATIVE | | | | false |
            002 | đạt 90% | percent | higher | NUMERIC | EXACTLY | 90 | | false |
            002 | đạt 80% | percent | higher | NUMERIC | EXACTLY | 80 | | false |
            002 | Có ít nhất 01 nhiệm vụ khoa học và công nghệ cấp xã được triển khai | count | higher | NUMERIC | AT_LEAST | 1 | | false | nhiệm vụ khoa học và công nghệ cấp xã được triển khai
            002 | Có ≥ 90% | percent | higher | NUMERIC | AT_LEAST | 90 | | false |
            002 | Có ≥ 60% | percent | higher | NUMERIC | AT_LEAST | 60 | | false |
            002 | Có ≥ 80% | percent | higher | NUMERIC | AT_LEAST | 80 | | false |
            003 | đạt 100% | percent | higher | NUMERIC | EXACTLY | 100 | | false |
            003 | > 2% | percent | higher | NUMERIC | MORE_THAN | 2 | | false |
            003 | > 01 | count | higher | NUMERIC | MORE_THAN | 1 | | false |
            003 | Có > 01 doanh nghiệp khởi nghiệp sáng tạo | count | higher | NUMERIC | MORE_THAN | 1 | | false | doanh nghiệp khởi nghiệp sáng tạo
            003 | đạt trên > 20% | percent | higher | NUMERIC | MORE_THAN | 20 | | false |
            003 | Mỗi năm có > 01 sáng kiến trong khu vực công được công nhận | count | higher | NUMERIC | MORE_THAN | 1 | | true | sáng kiến trong khu vực công được công nhận
            003 | ≥ 0,65 | index | higher | NUMERIC | AT_LEAST | 0.65 | | false |
            003 | ≥ 0,75 | index | higher | NUMERIC | AT_LEAST | 0.75 | | false |
            003 | ≥ 0,85 | index | higher | NUMERIC | AT_LEAST | 0.85 | | false |
            003 | đạt 0,97% | index | higher | NUMERIC | EXACTLY | 0.97 | | false |
            003 | 0,97% | index | higher | NUMERIC | EXACTLY | 0.97 | | false |
            003 | ≥ 50% | percent | higher | NUMERIC | AT_LEAST | 50 | | false |
            003 | ≥ 65% | percent | higher | NUMERIC | AT_LEAST | 65 | | false |
            003 | tối thiểu 15% GRDP | percent_grdp | higher | NUMERIC | AT_LEAST | 15 | | false | GRDP
            003 | tối thiểu 15% GRDP, trong đó kinh tế số ngành, lĩnh vực chiếm 50% | percent_grdp | higher | QUALITATIVE | | | | false |
            003 | đạt 50% | percent | higher | NUMERIC | EXACTLY | 50 | | false |
            003 | 2% | percent | higher | NUMERIC | EXACTLY | 2 | | false |
            003 | từ 10 người trên 01 vạn dân | count | higher | NUMERIC | AT_LEAST | 10 | | false | người trên 01 vạn dân
            003 | từ 15 | count | higher | NUMERIC | AT_LEAST | 15 | | false |
            003 | từ 20 | count | higher | NUMERIC | AT_LEAST | 20 | | false |
            003 | 01 | count | higher | NUMERIC | EXACTLY | 1 | | false |
            003 | 03 | count | higher | NUMERIC | EXACTLY | 3 | | false |
            003 | Mỗi năm có ít nhất 01 công trình khoa học và công nghệ cấp tỉnh được nghiệm thu | count | higher | NUMERIC | AT_LEAST | 1 | | true | công trình khoa học và công nghệ cấp tỉnh được nghiệm thu
            003 | Mỗi năm có 01 nhiệm vụ khoa học và công nghệ cấp tỉnh triển khai trên địa bàn xã | count | higher | NUMERIC | EXACTLY | 1 | | true | nhiệm vụ khoa học và công nghệ cấp tỉnh triển khai trên địa bàn xã
            003 | Mỗi năm có > 02 | count | higher | NUMERIC | MORE_THAN | 2 | | true |
            003 | Mỗi năm có > 05 | count | higher | NUMERIC | MORE_THAN | 5 | | true |
            003 | Mỗi năm có 01- 02 dự án khởi nghiệp sáng tạo | count | higher | RANGE | | 1 | 2 | true | dự án khởi nghiệp sáng tạo
            003 | 25% | percent | higher | NUMERIC | EXACTLY | 25 | | false |
            003 | > 30% | percent | higher | NUMERIC | MORE_THAN | 30 | | false |
            003 | > 02 | count | higher | NUMERIC | MORE_THAN | 2 | | false |
            003 | > 03 | count | higher | NUMERIC | MORE_THAN | 3 | | false |
            003 | > 05 | count | higher | NUMERIC | MORE_THAN | 5 | | false |
            003 | > 06 | count | higher | NUMERIC | MORE_THAN | 6 | | false |
            003 | > 03% | percent | higher | NUMERIC | MORE_THAN | 3 | | false |
            003 | > 50% | percent | higher | NUMERIC | MORE_THAN | 50 | | false |
            003 | đạt ≥ 15% | percent | higher | NUMERIC | AT_LEAST | 15 | | false |
            003 | ≥ 2,5% | percent | higher | NUMERIC | AT_LEAST | 2.5 | | false |
            003 | ≥ 30% | percent | higher | NUMERIC | AT_LEAST | 30 | | false |
            003 | ≥ 20% | percent | higher | NUMERIC | AT_LEAST | 20 | | false |
            003 | đạt 2,5% GRDP | percent_grdp | higher | NUMERIC | EXACTLY | 2.5 | | false | GRDP
            003 | Ứng dụng AI, IoT, BigData,... trong quản lý môi trường, xã thông minh | text | higher | QUALITATIVE | | | | false |
            003 | Ứng dụng AI, IoT và BigData ở mức độ cao trong hệ thống đảng số, chính quyền số | text | higher | QUALITATIVE | | | | false |
            003 | hoàn thành tốt mục tiêu của Đề án Chuyển đổi số trong các cơ quan đảng | boolean | higher | QUALITATIVE | | | | false |
            003 | sử dụng phần mềm quản trị điều hành thống nhất | boolean | higher | QUALITATIVE | | | | false |
            003 | đạt chuẩn tiên tiến | text | higher | QUALITATIVE | | | | false |
            003 | Có 80% | percent | higher | NUMERIC | EXACTLY | 80 | | false |
            003 | Có 100% | percent | higher | NUMERIC | EXACTLY | 100 | | false |
            003 | Phấn đấu có 03 doanh nghiệp khởi nghiệp sáng tạo | count | higher | NUMERIC | EXACTLY | 3 | | false | doanh nghiệp khởi nghiệp sáng tạo
            003 | Phấn đấu có 01 doanh nghiệp khoa học và công nghệ hoạt động trên địa bàn xã | count | higher | NUMERIC | EXACTLY | 1 | | false | doanh nghiệp khoa học và công nghệ hoạt động trên địa bàn xã
            003 | Phấn đấu có từ 10 người thực hiện công tác nghiên cứu khoa học, phát triển công nghệ đổi mới sáng tạo trên 01 vạn dân | count | higher | NUMERIC | AT_LEAST | 10 | | false | người thực hiện công tác nghiên cứu khoa học, phát triển công nghệ đổi mới sáng tạo trên 01 vạn dân
            003 | đạt trên > 20% trong tổng số doanh nghiệp | percent | higher | NUMERIC | MORE_THAN | 20 | | false | trong tổng số doanh nghiệp
            003 | Có > 03% tổng chi ngân sách địa phương chi cho khoa học, công nghệ, đổi mới sáng tạo | percent | higher | NUMERIC | MORE_THAN | 3 | | false | tổng chi ngân sách địa phương chi cho khoa học, công nghệ, đổi mới sáng tạo
            003 | Có ≥ 2,5% tổng chi ngân sách địa phương | percent | higher | NUMERIC | AT_LEAST | 2.5 | | false | tổng chi ngân sách địa phương
            003 | Mỗi năm có 01 sáng kiến trong khu vực công được công nhận | count | higher | NUMERIC | EXACTLY | 1 | | true | sáng kiến trong khu vực công được công nhận
            004 | ≥60% | percent | higher | NUMERIC | AT_LEAST | 60 | | false |
            004 | - | percent | higher | NONE | | | | false |
            004 | Phấn đấu ít nhất 3% | percent | higher | NUMERIC | AT_LEAST | 3 | | false |
            004 | Đạt 3% | percent | higher | NUMERIC | EXACTLY | 3 | | false |
            004 | Đạt ít nhất 3% | percent | higher | NUMERIC | AT_LEAST | 3 | | false |
            004 | 2% | percent_grdp | higher | NUMERIC | EXACTLY | 2 | | false |
            004 | 80 - 90% | percent | higher | RANGE | | 80 | 90 | false |
            004 | ≥90% | percent | higher | NUMERIC | AT_LEAST | 90 | | false |
            004 | ≥70% | percent | higher | NUMERIC | AT_LEAST | 70 | | false |
            004 | ≥95% | percent | higher | NUMERIC | AT_LEAST | 95 | | false |
            004 | ≥80% | percent | higher | NUMERIC | AT_LEAST | 80 | | false |
            004 | ≥85% | percent | higher | NUMERIC | AT_LEAST | 85 | | false |
            004 | ≥100% | percent | higher | NUMERIC | AT_LEAST | 100 | | false |
            004 | ≥40% | percent | higher | NUMERIC | AT_LEAST | 40 | | false |
            004 | ≥50% | percent | higher | NUMERIC | AT_LEAST | 50 | | false |
            004 | ≥30% | percent | higher | NUMERIC | AT_LEAST | 30 | | false |
            004 | ≥10% | percent | higher | NUMERIC | AT_LEAST | 10 | | false |
            004 | ≥20% | percent | higher | NUMERIC | AT_LEAST | 20 | | false |
            004 | 15% | percent | higher | NUMERIC | EXACTLY | 15 | | false |
            004 | 35% | percent | higher | NUMERIC | EXACTLY | 35 | | false |
            004 | 45-50% | percent_grdp | higher | RANGE | | 45 | 50 | false |
            004 | 45- 50% | percent_grdp | higher | RANGE | | 45 | 50 | false |
            004 | 50-55% | percent_grdp | higher | RANGE | | 50 | 55 | false |
            004 | 30% | percent_grdp | higher | NUMERIC | EXACTLY | 30 | | false |
            004 | 60% | percent_grdp | higher | NUMERIC | EXACTLY | 60 | | false |
            domain | từ 45% đến 50% | percent | higher | RANGE | | 45 | 50 | false |
            domain | Xếp hạng trong nhóm 20 xã dẫn đầu | rank | lower | NUMERIC | AT_MOST | 20 | | false | xã dẫn đầu
            domain | nhóm 10 xã dẫn đầu | rank | lower | NUMERIC | AT_MOST | 10 | | false | xã dẫn đầu
            domain | top 10 | rank | lower | NUMERIC | AT_MOST | 10 | | false |
            domain | Top 10 toàn tỉnh | rank | lower | NUMERIC | AT_MOST | 10 | | false | toàn tỉnh
            domain | Xếp hạng 5 | rank | lower | NUMERIC | EXACTLY | 5 | | false |
            domain | Thuộc nhóm 20 xã có số dân đông | rank | lower | QUALITATIVE | | | | false |
            domain | không quá 5 | count | lower | NUMERIC | AT_MOST | 5 | | false |
            domain | tối đa 5% | percent | lower | NUMERIC | AT_MOST | 5 | | false |
            domain | trên 20% | percent | higher | NUMERIC | MORE_THAN | 20 | | false |
            domain | ít nhất 3% | percent | higher | NUMERIC | AT_LEAST | 3 | | false |
            domain | tối thiểu 80% | percent | higher | NUMERIC | AT_LEAST | 80 | | false |
            domain | 2 trở lên | count | higher | NUMERIC | AT_LEAST | 2 | | false |
            domain | 5 trở xuống | rank | lower | NUMERIC | AT_MOST | 5 | | false |
            domain | "  ≥ 85%  " | percent | higher | NUMERIC | AT_LEAST | 85 | | false |
            domain | >= 60% | percent | higher | NUMERIC | AT_LEAST | 60 | | false |
            domain | <= 5 | rank | lower | NUMERIC | AT_MOST | 5 | | false |
            domain | < 5 | rank | lower | NUMERIC | LESS_THAN | 5 | | false |
            domain | 85.5% | percent | higher | NUMERIC | EXACTLY | 85.5 | | false |
            domain | 1.234 | count | higher | NUMERIC | EXACTLY | 1234 | | false |
            domain | Mỗi năm có ít nhất 01 | count | higher | NUMERIC | AT_LEAST | 1 | | true |
            domain | 01 sáng kiến mỗi năm | count | higher | NUMERIC | EXACTLY | 1 | | true | sáng kiến mỗi năm
            domain | mỗi năm 1,05 | index | higher | NUMERIC | EXACTLY | 1.05 | | true |
            domain | đến năm 2030 đạt 80% | percent | higher | NUMERIC | EXACTLY | 80 | | false |
            domain | Có | boolean | higher | NUMERIC | EXACTLY | 1 | | false |
            domain | "" | percent | higher | NONE | | | | false |
            domain | – | percent | higher | NONE | | | | false |
            domain | ≥ 60%. 100% | percent | higher | QUALITATIVE | | | | false |
            domain | tăng 5% so với năm trước | percent | higher | QUALITATIVE | | | | false |
            domain | Tỷ lệ phủ sóng 5G trên địa bàn xã đạt 100% | percent | higher | QUALITATIVE | | | | false |
            domain | ≥ trên 5 | count | higher | QUALITATIVE | | | | false |
            domain | - 100% | percent | higher | NUMERIC | EXACTLY | 100 | | false |
            domain | -5% | percent | higher | QUALITATIVE | | | | false |
            domain | giảm 5% | percent | lower | QUALITATIVE | | | | false |
            domain | 50-45% | percent | higher | QUALITATIVE | | | | false |
            """;

    record Row(String source, String text, MeasureUnit unit, Direction direction, TargetKind kind,
               TargetComparator comparator, BigDecimal value, BigDecimal upper, boolean perYear, String qualifier) {

        @Override
        public String toString() {
            return source + " \"" + text + "\" (" + unit.catalogName() + ", " + direction.catalogName() + ")";
        }
    }

    static Stream<Row> wordings() {
        return TABLE.lines().skip(1).filter(line -> !line.isBlank()).map(TargetReaderTest::row);
    }

    private static Row row(String line) {
        List<String> c = Arrays.stream((line + " ").split("\\|", -1)).map(String::strip).toList();
        return new Row(c.get(0), unquote(c.get(1)), MeasureUnit.fromCatalogName(c.get(2)),
                Direction.fromCatalogName(c.get(3)), TargetKind.valueOf(c.get(4)),
                c.get(5).isEmpty() ? null : TargetComparator.valueOf(c.get(5)),
                c.get(6).isEmpty() ? null : new BigDecimal(c.get(6)),
                c.get(7).isEmpty() ? null : new BigDecimal(c.get(7)),
                Boolean.parseBoolean(c.get(8)),
                c.size() > 9 && !c.get(9).isEmpty() ? c.get(9) : null);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wordings")
    void readsEveryWordingOfTheFivePlans(Row row) {
        Target target = TargetReader.read(row.text(), row.unit(), row.direction());

        assertThat(target.text()).as("original text is kept").isEqualTo(row.text());
        assertThat(target.kind()).isEqualTo(row.kind());
        assertThat(target.comparator()).isEqualTo(row.comparator());
        assertThat(target.perYear()).isEqualTo(row.perYear());
        assertThat(target.unit()).isEqualTo(row.unit());
        assertThat(target.direction()).isEqualTo(row.direction());
        if (row.value() == null) {
            assertThat(target.value()).isNull();
        } else {
            assertThat(target.value()).isEqualByComparingTo(row.value());
        }
        if (row.upper() == null) {
            assertThat(target.upper()).isNull();
        } else {
            assertThat(target.upper()).isEqualByComparingTo(row.upper());
        }
        if (row.kind() == TargetKind.NUMERIC || row.kind() == TargetKind.RANGE) {
            assertThat(target.qualifier()).isEqualTo(row.qualifier());
        }
        assertThat(target.isNumeric()).isEqualTo(row.kind() == TargetKind.NUMERIC || row.kind() == TargetKind.RANGE);
    }

    @Test
    void tableCoversEverySeedFileAndTheDomainList() {
        assertThat(wordings().map(Row::source).distinct())
                .containsExactlyInAnyOrder("000", "001", "002", "003", "004", "domain");
        assertThat(wordings().count()).isGreaterThanOrEqualTo(150);
    }

    @Test
    void qualitativeTargetKeepsItsWordsForTheReport() {
        Target target = TargetReader.read("Tiên tiến, hiện đại.", MeasureUnit.TEXT, Direction.HIGHER_IS_BETTER);

        assertThat(target.kind()).isEqualTo(TargetKind.QUALITATIVE);
        assertThat(target.text()).isEqualTo("Tiên tiến, hiện đại.");
        assertThat(target.describe()).isEqualTo("Tiên tiến, hiện đại");
    }

    @Test
    void nullTextIsNoTargetNotAnError() {
        assertThat(TargetReader.read(null, MeasureUnit.PERCENT, Direction.HIGHER_IS_BETTER).kind())
                .isEqualTo(TargetKind.NONE);
    }

    @Test
    void readerNeverThrowsOnOddWordings() {
        List<String> odd = List.of("%", "≥", "≥ %", "- 5 -", "1.2.3", "1,2,3", ",5", "5,", "(", ")", "6G", "..;",
                "đến", "từ đến", "45 - ", "45 - đến", "năm 2030", "12/2026", "∞", "10^3", "１０", "٣");
        for (String text : odd) {
            for (MeasureUnit unit : MeasureUnit.values()) {
                assertThatCode(() -> TargetReader.read(text, unit, Direction.HIGHER_IS_BETTER))
                        .as(text).doesNotThrowAnyException();
            }
        }
    }
}
