package org.dostap.web.http.error;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Catalogue entries found missing by using the page in Bulgarian (the page showed only "невалидна стойност"). */
class MessagesTest {
    @Test
    void moreDemandThanTheCapacitatedSitesCouldTakeIsWordedInBulgarianWithDecimalCommas() {
        assertThat(Messages.toBulgarian("The total demand 536.93 exceeds the capacity of the 10 fixed-open sites and the 2 largest"
                + " others together (240): open more sites or raise capacities."))
                .isEqualTo("Общото търсене 536,93 надхвърля капацитета на 10-те отворени (запазени) места и 2-те най-големи от"
                        + " останалите заедно (240): открийте повече места или увеличете капацитета.");
        assertThat(Messages.toBulgarian("The total demand 61 exceeds the capacity of the 2 largest sites together (40.5): open more"
                + " sites or raise capacities."))
                .isEqualTo("Общото търсене 61 надхвърля капацитета на 2-те най-големи места заедно (40,5): открийте повече места"
                        + " или увеличете капацитета.");
    }

    @Test
    void otherMessagesKeepTheirPoints() {
        assertThat(Messages.toBulgarian("threshold_min: must be 1 to 1440 min, got 0.5")).isEqualTo("threshold_min: трябва да е от 1 до 1440 мин., а е 0.5");
    }
}
