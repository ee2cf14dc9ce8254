package dev.spanweave.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void theMeanLiesInsideAnIntervalThatNarrowsWithTheRounds() {
    SplittableRandom random = new SplittableRandom(7);
    double[] few = random.doubles(5, 0.9, 1.1).toArray();
    double[] many = random.doubles(80, 0.9, 1.1).toArray();
    Interval small = Interval.of(few);
    Interval large = Interval.of(many);
    assertThat(small.mean()).isCloseTo(Arrays.stream(few).average().orElseThrow(), within(1e-12));
    assertThat(small.low()).isLessThan(small.mean());
    assertThat(small.high()).isGreaterThan(small.mean());
    assertThat(large.halfWidth()).isLessThan(small.halfWidth());
    assertThat(large.count()).isEqualTo(80);
  }

  @Test
  void aUniformDistributionsMeanIsCoveredAndTheIntervalMatchesTheStandardError() {
    // 200 values uniform in [0, 1]: standard error 0.289 / sqrt(200) = 0.0204, so the 95% interval
    // is about ±0.04 around the sample mean
    double[] values = new SplittableRandom(11).doubles(200).toArray();
    Interval interval = Interval.of(values);
    assertThat(interval.halfWidth()).isBetween(0.03, 0.05);
    assertThat(interval.low()).isLessThan(0.5);
    assertThat(interval.high()).isGreaterThan(0.5);
  }

  @Test
  void nanRoundsAreLeftOutAndFewerThanTwoValuesHaveNoEnds() {
    assertThat(Interval.of(1.0, Double.NaN, 3.0).count()).isEqualTo(2);
    assertThat(Interval.of(1.0, Double.NaN, 3.0).mean()).isEqualTo(2.0);
    Interval one = Interval.of(List.of(4.0));
    assertThat(one.mean()).isEqualTo(4.0);
    assertThat(one.known()).isFalse();
    assertThat(Interval.of().mean()).isNaN();
  }

  @Test
  void theVerdictIsMetOrNotMetOnlyWhenTheWholeIntervalIsOnOneSide() {
    Interval around100 = Interval.of(0.99, 1.00, 1.01, 1.00, 0.995, 1.005);
    assertThat(around100.atLeast(0.97)).isEqualTo(Verdict.MET);
    assertThat(around100.atLeast(1.05)).isEqualTo(Verdict.NOT_MET);
    assertThat(around100.atLeast(1.0)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(around100.atMost(1.05)).isEqualTo(Verdict.MET);
    assertThat(around100.atMost(0.97)).isEqualTo(Verdict.NOT_MET);
    assertThat(around100.atMost(1.0)).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void fewerThanThreeRoundsAreAlwaysInconclusive() {
    Interval two = Interval.of(1.0, 1.0001);
    assertThat(two.known()).isTrue();
    assertThat(two.atLeast(0.5)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(two.atMost(2.0)).isEqualTo(Verdict.INCONCLUSIVE);
  }

  @Test
  void aShiftBeyondBothErrorBarsCountsAsMoved() {
    Interval before = Interval.of(10.0, 10.5, 9.5, 10.2, 9.8);
    Interval same = Interval.of(10.1, 10.4, 9.6, 10.3, 9.9);
    Interval higher = Interval.of(20.0, 20.5, 19.5, 20.2, 19.8);
    assertThat(same.movedFrom(before)).isFalse();
    assertThat(higher.movedFrom(before)).isTrue();
    assertThat(Interval.of(20.0).movedFrom(before)).isFalse();
  }

  @Test
  void verdictsCombineWithTheWorstWinning() {
    assertThat(Verdict.all(Verdict.MET, Verdict.MET)).isEqualTo(Verdict.MET);
    assertThat(Verdict.all(Verdict.MET, Verdict.INCONCLUSIVE)).isEqualTo(Verdict.INCONCLUSIVE);
    assertThat(Verdict.all(Verdict.INCONCLUSIVE, Verdict.NOT_MET, Verdict.MET))
        .isEqualTo(Verdict.NOT_MET);
    assertThat(Verdict.of(true)).isEqualTo(Verdict.MET);
    assertThat(Verdict.of(false).text()).isEqualTo("**not met**");
  }
}
