package cn.zoneflow.domain.model.commitment;

import cn.zoneflow.domain.model.procedure.ProjectProcedure;
import cn.zoneflow.domain.model.project.Project;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * One half of the dual commitment as a party reads and signs it, written from the project's recorded facts: who
 * commits, for which project, the procedures covered with their departments, the promised date and what follows a
 * broken promise. The same facts give the same text, so what was signed can be written again and compared by its
 * SHA-256. The wording is the legal text's own, in Chinese whatever the reader's language (CommitmentWording).
 */
public record CommitmentText(CommitmentParty party, String text) {

    /** Longer than any commitment a zone signs: a project has a few dozen procedures at the most. */
    public static final int MAX_LENGTH = 6000;

    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final ResourceBundle WORDING =
            ResourceBundle.getBundle("cn.zoneflow.domain.model.commitment.CommitmentWording", Locale.ROOT);

    /** The text the party signs for the project, with the procedures its commitment covers and the promised day. */
    public static CommitmentText of(CommitmentParty party, Project project, List<ProjectProcedure> covered,
            LocalDate promisedOn) {
        String procedures = IntStream.range(0, covered.size())
                .mapToObj(i -> MessageFormat.format(WORDING.getString("procedure"), i + 1,
                        covered.get(i).procedure().name(), covered.get(i).procedure().department()))
                .collect(Collectors.joining("\n"));
        String key = party.name().toLowerCase(Locale.ROOT);
        String text = party.title() + "\n\n" + MessageFormat.format(WORDING.getString(key), project.enterprise().name(),
                project.enterprise().creditCode().value(), project.name(), project.code().value(),
                project.zone().name(), procedures, CHINESE_DATE.format(promisedOn));
        if (text.length() > MAX_LENGTH) {
            throw new IllegalStateException("The commitment of " + project.code() + " runs to " + text.length()
                    + " characters, over " + MAX_LENGTH);
        }
        return new CommitmentText(party, text);
    }

    /** The text below its title, which a page or a print sets apart. */
    public String body() {
        return text.substring(party.title().length()).strip();
    }

    /** The SHA-256 of the text's UTF-8 bytes, in lower-case hex: what a signature binds. */
    public String sha256() {
        return sha256(text);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
