package org.trialline.wfm.roster;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.trialline.wfm.problems.InvalidFieldException;

/** Refuses a roster problem that cannot be right, naming the field as a JSON path such as {@code agents[2].name}. */
final class RosterRequestCheck {

    private RosterRequestCheck() {}

    static void check(RosterRequest request) {
        if (request.timeZone() != null) {
            try {
                ZoneId.of(request.timeZone());
            } catch (DateTimeException e) {
                throw new InvalidFieldException("timeZone", request.timeZone(), "is not a known time zone");
            }
        }
        required("firstDay", request.firstDay());
        required("weeks", request.weeks());
        if (request.weeks() < 1 || request.weeks() > 4) {
            throw new InvalidFieldException("weeks", request.weeks(), "must be from 1 to 4");
        }
        nonEmpty("queues", request.queues());
        nonEmpty("agents", request.agents());
        nonEmpty("templates", request.templates());
        Set<String> templates = templates(request.templates());
        Set<String> queues = new HashSet<>();
        for (int i = 0; i < request.queues().size(); i++) {
            RosterRequest.QueueSpec queue = request.queues().get(i);
            String field = "queues[" + i + "]";
            unique(field + ".id", queue.id(), queues);
            if (queue.demand() != null) {
                demand(field, queue.demand(), request, templates);
            }
        }
        Set<String> agents = new HashSet<>();
        for (int i = 0; i < request.agents().size(); i++) {
            agent("agents[" + i + "]", request.agents().get(i), request, templates, agents);
        }
    }

    private static Set<String> templates(List<RosterRequest.TemplateSpec> specs) {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            RosterRequest.TemplateSpec template = specs.get(i);
            String field = "templates[" + i + "]";
            unique(field + ".id", template.id(), ids);
            nonEmpty(field + ".starts", template.starts());
            required(field + ".lengthMinutes", template.lengthMinutes());
            if (template.lengthMinutes() < 1 || template.lengthMinutes() > 1440) {
                throw new InvalidFieldException(
                        field + ".lengthMinutes", template.lengthMinutes(), "must be from 1 to 1440 (a day)");
            }
            List<ShiftTemplate.Break> breaks = template.breaks() == null ? List.of() : template.breaks();
            for (int b = 0; b < breaks.size(); b++) {
                ShiftTemplate.Break pause = breaks.get(b);
                if (pause.offsetMinutes() < 0
                        || pause.minutes() < 1
                        || pause.offsetMinutes() + pause.minutes() > template.lengthMinutes()) {
                    throw new InvalidFieldException(
                            field + ".breaks[" + b + "]", pause, "must lie within the shift and last a minute or more");
                }
            }
        }
        return ids;
    }

    private static void demand(
            String queue, List<RosterRequest.DemandSpec> demand, RosterRequest request, Set<String> templates) {
        LocalDateTime first = request.firstDay().atStartOfDay();
        LocalDateTime after = first.plusDays(request.days());
        for (int i = 0; i < demand.size(); i++) {
            RosterRequest.DemandSpec need = demand.get(i);
            String field = queue + ".demand[" + i + "]";
            required(field + ".start", need.start());
            required(field + ".end", need.end());
            required(field + ".agents", need.agents());
            if (!need.end().isAfter(need.start())) {
                throw new InvalidFieldException(field + ".end", need.end(), "must be after start");
            }
            if (need.start().isBefore(first) || need.end().isAfter(after)) {
                throw new InvalidFieldException(field + ".start", need.start(), "must lie within the horizon");
            }
            notNegative(field + ".agents", need.agents());
            notNegative(field + ".underWeight", need.underWeight());
            notNegative(field + ".overWeight", need.overWeight());
            known(field + ".templateId", need.templateId(), templates);
        }
    }

    private static void agent(
            String field,
            RosterRequest.AgentSpec agent,
            RosterRequest request,
            Set<String> templates,
            Set<String> ids) {
        unique(field + ".id", agent.id(), ids);
        if (agent.name() == null || agent.name().isBlank()) {
            throw new InvalidFieldException(field + ".name", agent.name(), "must not be blank");
        }
        if (agent.contract() != null) {
            contract(field + ".contract", agent.contract(), templates);
        }
        LocalDate last = request.firstDay().plusDays(request.days() - 1L);
        List<LocalDate> daysOff = agent.daysOff() == null ? List.of() : agent.daysOff();
        for (int i = 0; i < daysOff.size(); i++) {
            within(field + ".daysOff[" + i + "]", daysOff.get(i), request.firstDay(), last);
        }
        List<RosterRequest.SpanSpec> unavailable = agent.unavailable() == null ? List.of() : agent.unavailable();
        for (int i = 0; i < unavailable.size(); i++) {
            RosterRequest.SpanSpec span = unavailable.get(i);
            required(field + ".unavailable[" + i + "].from", span.from());
            required(field + ".unavailable[" + i + "].to", span.to());
            if (!span.to().isAfter(span.from())) {
                throw new InvalidFieldException(field + ".unavailable[" + i + "].to", span.to(), "must be after from");
            }
        }
        List<RosterRequest.RequestSpec> requests = agent.requests() == null ? List.of() : agent.requests();
        for (int i = 0; i < requests.size(); i++) {
            RosterRequest.RequestSpec wish = requests.get(i);
            String at = field + ".requests[" + i + "]";
            required(at + ".date", wish.date());
            within(at + ".date", wish.date(), request.firstDay(), last);
            required(at + ".on", wish.on());
            notNegative(at + ".weight", wish.weight());
            known(at + ".templateId", wish.templateId(), templates);
        }
    }

    private static void contract(String field, RosterRequest.ContractSpec contract, Set<String> templates) {
        notNegative(field + ".minMinutesPerWeek", contract.minMinutesPerWeek());
        notNegative(field + ".maxMinutesPerWeek", contract.maxMinutesPerWeek());
        if (contract.minMinutesPerWeek() != null
                && contract.maxMinutesPerWeek() != null
                && contract.maxMinutesPerWeek() < contract.minMinutesPerWeek()) {
            throw new InvalidFieldException(
                    field + ".maxMinutesPerWeek", contract.maxMinutesPerWeek(), "must not be below minMinutesPerWeek");
        }
        notNegative(field + ".minMinutesInHorizon", contract.minMinutesInHorizon());
        notNegative(field + ".maxMinutesInHorizon", contract.maxMinutesInHorizon());
        if (contract.minMinutesInHorizon() != null
                && contract.maxMinutesInHorizon() != null
                && contract.maxMinutesInHorizon() < contract.minMinutesInHorizon()) {
            throw new InvalidFieldException(
                    field + ".maxMinutesInHorizon",
                    contract.maxMinutesInHorizon(),
                    "must not be below minMinutesInHorizon");
        }
        notNegative(field + ".minConsecutiveWorkingDays", contract.minConsecutiveWorkingDays());
        positive(field + ".maxConsecutiveWorkingDays", contract.maxConsecutiveWorkingDays());
        notNegative(field + ".minConsecutiveDaysOff", contract.minConsecutiveDaysOff());
        notNegative(field + ".maxWeekends", contract.maxWeekends());
        notNegative(field + ".minRestMinutes", contract.minRestMinutes());
        Map<String, Integer> maxShifts =
                contract.maxShiftsPerTemplate() == null ? Map.of() : contract.maxShiftsPerTemplate();
        maxShifts.forEach((template, max) -> {
            known(field + ".maxShiftsPerTemplate", template, templates);
            notNegative(field + ".maxShiftsPerTemplate." + template, max);
        });
        List<Contract.Succession> forbidden =
                contract.forbiddenSuccessions() == null ? List.of() : contract.forbiddenSuccessions();
        for (int i = 0; i < forbidden.size(); i++) {
            known(
                    field + ".forbiddenSuccessions[" + i + "].first",
                    forbidden.get(i).first(),
                    templates);
            known(
                    field + ".forbiddenSuccessions[" + i + "].next",
                    forbidden.get(i).next(),
                    templates);
        }
    }

    private static void required(String field, Object value) {
        if (value == null) {
            throw new InvalidFieldException(field, null, "is required");
        }
    }

    private static void nonEmpty(String field, List<?> values) {
        if (values == null || values.isEmpty()) {
            throw new InvalidFieldException(field, values, "must not be empty");
        }
    }

    private static void unique(String field, String id, Set<String> seen) {
        if (id == null || id.isBlank()) {
            throw new InvalidFieldException(field, id, "must not be blank");
        }
        if (!seen.add(id)) {
            throw new InvalidFieldException(field, id, "is used twice");
        }
    }

    private static void known(String field, String id, Set<String> ids) {
        if (id != null && !ids.contains(id)) {
            throw new InvalidFieldException(field, id, "names no template of the problem");
        }
    }

    private static void notNegative(String field, Integer value) {
        if (value != null && value < 0) {
            throw new InvalidFieldException(field, value, "must not be negative");
        }
    }

    private static void positive(String field, Integer value) {
        if (value != null && value < 1) {
            throw new InvalidFieldException(field, value, "must be 1 or more");
        }
    }

    private static void within(String field, LocalDate date, LocalDate first, LocalDate last) {
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new InvalidFieldException(field, date, "must lie within the horizon " + first + " to " + last);
        }
    }
}
