package com.resourcemarket.commission.report;

import com.resourcemarket.commission.Periods;
import com.resourcemarket.commission.report.ReportDtos.GroupBy;
import com.resourcemarket.commission.report.ReportDtos.ReportRow;
import com.resourcemarket.commission.report.ReportDtos.RoiRow;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static com.resourcemarket.commission.event.EventService.uuid;

/**
 * Finance reports over settled statement lines (so they agree with what was paid), aggregated in the database, and
 * exports of a month's lines or events streamed row by row from a forward-only JDBC cursor to CSV or XLSX (fastexcel,
 * inline strings, flushed every 1,000 rows): memory stays constant however many rows there are.
 */
@ApplicationScoped
public class ReportService {

    /** ROI under 1:3 is paused or adjusted (DOMAIN.md). */
    public static final BigDecimal ROI_TARGET = new BigDecimal("3");

    @Inject
    AgroalDataSource dataSource;

    public List<ReportRow> report(YearMonth from, YearMonth to, GroupBy groupBy) {
        String key = switch (groupBy) {
            case PERIOD -> "CAST(l.period AS CHAR)";
            case PARTNER -> "HEX(s.partner_id)";
            case RESOURCE -> "HEX(l.resource_id)";
            case CATEGORY -> "l.category_code";
            case CONTRIBUTION_TYPE -> "l.contribution_type";
            case COOPERATION -> "HEX(l.cooperation_id)";
        };
        String sql = "SELECT " + key + " AS k, SUM(l.volume), SUM(l.commission), SUM(l.clawback), SUM(l.total), "
                + "SUM(l.event_count), COUNT(*) FROM commission_statement_lines l "
                + "JOIN commission_statements s ON s.id = l.statement_id WHERE l.period BETWEEN ? AND ? GROUP BY k ORDER BY k";
        List<ReportRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, Periods.key(from));
            select.setInt(2, Periods.key(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String k = rs.getString(1);
                    if (groupBy == GroupBy.PARTNER || groupBy == GroupBy.RESOURCE || groupBy == GroupBy.COOPERATION) {
                        k = uuidText(k);
                    } else if (groupBy == GroupBy.PERIOD) {
                        k = Periods.text(Integer.parseInt(k));
                    }
                    rows.add(new ReportRow(k, rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5),
                            rs.getLong(6), rs.getLong(7)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    public List<RoiRow> roi(YearMonth from, YearMonth to) {
        String sql = "SELECT l.cooperation_id, MIN(s.partner_id), SUM(l.volume), SUM(l.total), MAX(c.price_amount) "
                + "FROM commission_statement_lines l JOIN commission_statements s ON s.id = l.statement_id "
                + "LEFT JOIN cooperations c ON c.id = l.cooperation_id "
                + "WHERE l.period BETWEEN ? AND ? GROUP BY l.cooperation_id ORDER BY l.cooperation_id";
        List<RoiRow> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setInt(1, Periods.key(from));
            select.setInt(2, Periods.key(to));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    BigDecimal revenue = rs.getBigDecimal(3);
                    BigDecimal commission = rs.getBigDecimal(4);
                    BigDecimal price = rs.getBigDecimal(5) == null ? BigDecimal.ZERO.setScale(2) : rs.getBigDecimal(5);
                    BigDecimal cost = price.add(commission);
                    BigDecimal roi = cost.signum() > 0 ? revenue.divide(cost, 2, RoundingMode.HALF_UP) : null;
                    rows.add(new RoiRow(uuid(rs.getBytes(1)), uuid(rs.getBytes(2)), revenue, price, commission, cost, roi,
                            roi != null && roi.compareTo(ROI_TARGET) < 0));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    public enum Level {
        LINES, EVENTS
    }

    public enum Format {
        CSV, XLSX
    }

    private static final String LINES_SQL = "SELECT l.period, s.partner_id, s.id AS statement_id, s.status AS statement_status, "
            + "l.position, l.cooperation_id, l.resource_id, l.category_code, l.contribution_type, l.rule_scope, l.basis, "
            + "l.tier_mode, l.tier_reached, l.rates_applied, l.gross_volume, l.refunded_volume, l.volume, l.order_count, "
            + "l.event_count, l.commission, l.clawback_volume, l.clawback, l.total, l.hold_reason "
            + "FROM commission_statement_lines l JOIN commission_statements s ON s.id = l.statement_id "
            + "WHERE l.period = ? ORDER BY s.partner_id, l.position";

    private static final String EVENTS_SQL = "SELECT e.period, e.source, e.event_id, e.kind, e.cooperation_id, "
            + "e.owner_partner_id, e.contribution_type, e.amount, e.currency, e.occurred_at, e.refund_of, e.received_at "
            + "FROM commission_events e WHERE e.period = ?";

    /** Streams the month's rows to {@code out}; the caller sets the content type. */
    public void export(YearMonth month, Level level, Format format, OutputStream out) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(level == Level.LINES ? LINES_SQL : EVENTS_SQL,
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            select.setFetchSize(Integer.MIN_VALUE); // MySQL Connector/J: stream rows instead of buffering the result
            select.setInt(1, Periods.key(month));
            try (ResultSet rs = select.executeQuery()) {
                if (format == Format.CSV) {
                    csv(rs, out);
                } else {
                    xlsx(rs, out, level == Level.LINES ? "lines " + month : "events " + month);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(ResultSet rs, OutputStream out) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write('\uFEFF'); // BOM: spreadsheet programs then read the Chinese text as UTF-8
        for (int c = 1; c <= columns; c++) {
            writer.write(c > 1 ? "," : "");
            writer.write(meta.getColumnLabel(c));
        }
        writer.write("\r\n");
        while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
                if (c > 1) {
                    writer.write(',');
                }
                writer.write(csvField(text(rs, meta, c)));
            }
            writer.write("\r\n");
        }
        writer.flush();
    }

    private static void xlsx(ResultSet rs, OutputStream out, String sheet) throws SQLException, IOException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        Workbook workbook = new Workbook(out, "ResourceMarket", "1.0");
        Worksheet worksheet = workbook.newWorksheet(sheet);
        for (int c = 1; c <= columns; c++) {
            worksheet.inlineString(0, c - 1, meta.getColumnLabel(c));
        }
        int row = 1;
        while (rs.next()) {
            for (int c = 1; c <= columns; c++) {
                int type = meta.getColumnType(c);
                if ("period".equals(meta.getColumnLabel(c))) {
                    worksheet.inlineString(row, c - 1, Periods.text(rs.getInt(c)));
                } else if (type == Types.DECIMAL || type == Types.NUMERIC) {
                    BigDecimal value = rs.getBigDecimal(c);
                    if (value != null) {
                        worksheet.value(row, c - 1, value);
                    }
                } else if (type == Types.BIGINT || type == Types.INTEGER) {
                    long value = rs.getLong(c);
                    if (!rs.wasNull()) {
                        worksheet.value(row, c - 1, value);
                    }
                } else {
                    String value = text(rs, meta, c);
                    if (!value.isEmpty()) {
                        worksheet.inlineString(row, c - 1, value);
                    }
                }
            }
            row++;
            if (row % 1000 == 0) {
                worksheet.flush();
            }
        }
        workbook.finish();
    }

    private static String text(ResultSet rs, ResultSetMetaData meta, int c) throws SQLException {
        int type = meta.getColumnType(c);
        if (type == Types.BINARY || type == Types.VARBINARY) {
            byte[] bytes = rs.getBytes(c);
            return bytes == null ? "" : uuid(bytes).toString();
        }
        if (type == Types.TIMESTAMP) {
            java.sql.Timestamp ts = rs.getTimestamp(c, Periods.utc());
            return ts == null ? "" : ts.toInstant().toString();
        }
        if ("period".equals(meta.getColumnLabel(c))) {
            return Periods.text(rs.getInt(c));
        }
        String value = rs.getString(c);
        return value == null ? "" : value;
    }

    private static String csvField(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String uuidText(String hex) {
        if (hex == null || hex.length() != 32) {
            return hex;
        }
        return (hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
                + "-" + hex.substring(20)).toLowerCase();
    }
}
