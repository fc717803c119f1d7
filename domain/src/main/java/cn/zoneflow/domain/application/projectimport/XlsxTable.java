package cn.zoneflow.domain.application.projectimport;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * The first sheet of an .xlsx, streamed row by row (never built as a whole workbook), so memory stays bounded by
 * the line limit. Dates come out as YYYY-MM-DD and numbers as plain decimals whatever their display format. A
 * cell holding a formula is never evaluated: it comes out as {@link #FORMULA}, which the row check refuses.
 * Entries that inflate suspiciously (a zip bomb) or beyond {@link #MAX_ENTRY_BYTES} refuse the file.
 */
final class XlsxTable {

    /** What a formula cell reads as; its formula and cached result are both dropped. */
    static final String FORMULA = "=";
    static final long MAX_ENTRY_BYTES = 128L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    private XlsxTable() {
    }

    static ImportTable read(byte[] content) {
        try (OPCPackage workbook = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ImportRefusedException.file("import.file.empty");
            }
            Rows rows = new Rows();
            try (InputStream sheet = sheets.next()) {
                FormulaSpotter spotter = new FormulaSpotter(rows);
                spotter.setParent(XMLHelper.newXMLReader());
                spotter.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null,
                        new ReadOnlySharedStringsTable(workbook), rows, new PlainFormatter(), false));
                spotter.parse(new InputSource(sheet));
            }
            return rows.table();
        } catch (ImportRefusedException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // POI reports a damaged or hostile package with whatever unchecked exception its parser meets
            throw refusal(e);
        }
    }

    private static ImportRefusedException refusal(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("MAX_ENTRY_SIZE")) {
                return ImportRefusedException.file("import.file.zipBomb");
            }
        }
        return ImportRefusedException.file("import.file.notXlsx");
    }

    /** Collects the lines, numbered as the spreadsheet numbers its rows. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private List<String> headers;
        private final List<ImportTable.Line> lines = new ArrayList<>();
        private List<String> current;
        private String cellReference;
        private boolean formula;
        private boolean reported;

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                headers = current;
            } else if (!current.stream().allMatch(String::isBlank)) {
                ImportFiles.checkLineCount(lines.size() + 1);
                lines.add(new ImportTable.Line(rowNum + 1, current));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            reported = true;
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(formula ? FORMULA : formattedValue == null ? "" : formattedValue);
        }

        void cellStarts(String reference) {
            cellReference = reference;
            formula = false;
            reported = false;
        }

        void formulaFound() {
            formula = true;
        }

        /** POI reports no cell for a formula without a cached result; it is a formula all the same. */
        void cellEnds() {
            if (formula && !reported && cellReference != null) {
                cell(cellReference, FORMULA, null);
            }
        }

        ImportTable table() {
            return new ImportTable(headers == null ? List.of() : headers, lines);
        }
    }

    /** Sees the {@code <f>} of a cell on its way to POI's handler, which reports the cell without saying so. */
    private static final class FormulaSpotter extends XMLFilterImpl {

        private final Rows rows;

        FormulaSpotter(Rows rows) {
            this.rows = rows;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName)) {
                rows.cellStarts(atts.getValue("r"));
            } else if ("f".equals(localName)) {
                rows.formulaFound();
            }
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            super.endElement(uri, localName, qName);
            if ("c".equals(localName)) {
                rows.cellEnds();
            }
        }
    }

    /** Dates as YYYY-MM-DD and numbers as exact plain decimals, not as the cell's display format shows them. */
    private static final class PlainFormatter extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
