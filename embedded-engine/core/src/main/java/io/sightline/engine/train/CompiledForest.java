package io.sightline.engine.train;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.Output;
import org.tribuo.Prediction;
import org.tribuo.VariableIDInfo;
import org.tribuo.classification.Label;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.common.tree.LeafNode;
import org.tribuo.common.tree.Node;
import org.tribuo.common.tree.SplitNode;
import org.tribuo.common.tree.TreeModel;
import org.tribuo.ensemble.WeightedEnsembleModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.protos.core.WeightedEnsembleModelProto;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.ensemble.AveragingCombiner;
import org.tribuo.regression.rtree.IndependentRegressionTreeModel;

/**
 * Tribuo's CART trees, and weighted ensembles of them (random forests), flattened into primitive arrays, so that
 * a row of features is scored by walking arrays without allocating. Reproduces Tribuo's predictions exactly: the
 * same split rule (a value greater than the split value goes right; Tribuo reads an absent feature as 0, and the
 * pipeline writes every feature, zeros included), the leaves' own outputs, and the combiners' arithmetic in the
 * same order: voting adds each member's weight to the label it predicts, divides by the sum of the weights and
 * takes the first highest in Tribuo's output-id order; averaging is Tribuo's running weighted mean. (Tribuo
 * refuses a NaN feature; the pipeline never writes one, having imputed every gap.)
 */
final class CompiledForest {
    private enum Combine { LEAF, VOTE, AVERAGE }

    /** Trees are walked this many at a time, so that their memory reads overlap instead of waiting in turn. */
    private static final int LOCKSTEP = 4;

    private final Combine combine;
    /**
     * Node n in two longs: at 2n the split value's bits, at 2n + 1 the feature's index in the dense vector
     * (high half) and the greater-than child (low half); the less-or-equal child is n + 1 (depth-first order).
     * A leaf splits on NaN, which no value is less than or equal to, and is its own greater-than child: a walk
     * has reached its leaf when a step leaves it where it was, and extra steps there are harmless.
     */
    private final long[] nodes;
    /** Per tree: its root node. */
    private final int[] roots;
    /** Per leaf node: the schema index of the label it predicts (classification) or its value (regression). */
    private final int[] leafLabel;
    private final double[] leafValue;
    /** A single tree's leaf nodes: the score of each schema label, {@code labels} per node. */
    private final double[] leafScores;
    private final int labels;
    /** Voting: Tribuo's float weight of each tree, widened as Tribuo widens it, and their sum in tree order. */
    private final double[] weight;
    private final double weightSum;
    /** Averaging: each tree's weight over the running sum of the weights, as Tribuo's running mean uses it. */
    private final double[] step;
    /** Voting: the schema index of each Tribuo output id, in id order (the order that breaks ties). */
    private final int[] labelOfOutputId;
    private final boolean scored;
    private final boolean probabilistic;

    private CompiledForest(Combine combine, Flattener f, double[] weight, double weightSum, double[] step,
                           int[] labelOfOutputId, int labels) {
        this.combine = combine;
        this.nodes = Arrays.copyOf(f.nodes, 2 * f.count);
        this.roots = f.roots.stream().mapToInt(Integer::intValue).toArray();
        this.leafLabel = Arrays.copyOf(f.leafLabel, f.count);
        this.leafValue = Arrays.copyOf(f.leafValue, f.count);
        this.leafScores = combine == Combine.LEAF && f.classification
                ? Arrays.copyOf(f.leafScores, f.count * labels) : null;
        this.labels = labels;
        this.weight = weight;
        this.weightSum = weightSum;
        this.step = step;
        this.labelOfOutputId = labelOfOutputId;
        this.scored = combine == Combine.VOTE || f.scored == Boolean.TRUE;
        this.probabilistic = combine == Combine.VOTE || f.probabilistic == Boolean.TRUE;
    }

    /**
     * The compiled form of {@code model}, or null when its shape is not one handled here (then Tribuo scores it):
     * a CART tree, or a {@link WeightedEnsembleModel} of CART trees with a {@link VotingCombiner} (labels) or an
     * {@link AveragingCombiner} (one regression output). {@code featureNames} name the dense vector's slots.
     * An ensemble's weights and combiner are not public on the model, so they are read from its protobuf form:
     * {@code proto} when the caller has it (a model read from an artifact), else made here, which costs about
     * as much as saving the model.
     */
    static CompiledForest of(Model<?> model, ModelProto proto, List<String> featureNames, List<String> labels,
                             boolean classification) {
        Map<String, Integer> featureIndex = new HashMap<>();
        for (int i = 0; i < featureNames.size(); i++) {
            if (featureIndex.put(featureNames.get(i), i) != null) {
                return null; // Tribuo would add up features of the same name
            }
        }
        Map<String, Integer> labelIndex = new HashMap<>();
        for (int i = 0; i < labels.size(); i++) {
            labelIndex.put(labels.get(i), i);
        }
        Flattener flattener = new Flattener(featureIndex, labelIndex, classification);
        if (!(model instanceof WeightedEnsembleModel<?> ensemble)) {
            boolean ok = flattener.add(model, null);
            return ok ? new CompiledForest(Combine.LEAF, flattener, null, 0, null, null, labels.size()) : null;
        }
        WeightedEnsembleModelProto form;
        try {
            form = (proto != null ? proto : ensemble.serialize()).getSerializedData()
                    .unpack(WeightedEnsembleModelProto.class);
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
        String combiner = form.getCombiner().getClassName();
        String expected = (classification ? VotingCombiner.class : AveragingCombiner.class).getName();
        List<? extends Model<?>> members = ensemble.getModels();
        if (!combiner.equals(expected) || form.getWeightsCount() != members.size() || members.isEmpty()) {
            return null;
        }
        ImmutableOutputInfo<?> outputs = ensemble.getOutputIDInfo();
        if (!classification && outputs.size() != 1) {
            return null;
        }
        for (Model<?> member : members) {
            if (!flattener.add(member, outputs)) {
                return null;
            }
        }
        int n = members.size();
        double[] weight = new double[n];
        double[] step = new double[n];
        double sum = 0;
        for (int t = 0; t < n; t++) {
            float w = form.getWeights(t);
            weight[t] = w;
            sum += w;
            step[t] = w / sum;
        }
        if (!classification) {
            return new CompiledForest(Combine.AVERAGE, flattener, null, 0, step, null, labels.size());
        }
        int[] labelOfOutputId = new int[outputs.size()];
        for (int id = 0; id < labelOfOutputId.length; id++) {
            Integer label = labelIndex.get(((Label) outputs.getOutput(id)).getLabel());
            if (label == null) {
                return null;
            }
            labelOfOutputId[id] = label;
        }
        return new CompiledForest(Combine.VOTE, flattener, weight, sum, null, labelOfOutputId, labels.size());
    }

    /** How many trees were compiled. */
    int trees() {
        return roots.length;
    }

    /** Whether the label scores are there (a tree's leaves may carry none) and whether they are probabilities. */
    boolean scored() {
        return scored;
    }

    boolean probabilistic() {
        return probabilistic;
    }

    /**
     * Classifies one row: writes each schema label's score into {@code scores} (zeros, one per schema label)
     * and returns the schema index of the predicted label.
     */
    int classify(double[] x, double[] scores) {
        if (combine == Combine.LEAF) {
            int leaf = walk(roots[0], x);
            System.arraycopy(leafScores, leaf * labels, scores, 0, labels);
            return leafLabel[leaf];
        }
        combineTrees(x, scores);
        int best = -1;
        double max = Double.NEGATIVE_INFINITY;
        for (int label : labelOfOutputId) {
            double share = scores[label] / weightSum;
            scores[label] = share;
            if (share > max) {
                max = share;
                best = label;
            }
        }
        return best;
    }

    /** The regression value of one row. */
    double regress(double[] x) {
        return combine == Combine.LEAF ? leafValue[walk(roots[0], x)] : combineTrees(x, null);
    }

    /**
     * Walks every tree and combines their leaves in tree order, as Tribuo does: votes into {@code scores}, or,
     * when it is null, the running mean, which it returns.
     */
    private double combineTrees(double[] x, double[] scores) {
        double mean = 0;
        int t = 0;
        for (; t + LOCKSTEP <= roots.length; t += LOCKSTEP) {
            int a = roots[t];
            int b = roots[t + 1];
            int c = roots[t + 2];
            int d = roots[t + 3];
            int moved; // four walks in flight until none moves; one at its leaf stays there
            do {
                int a2 = next(a, x);
                int b2 = next(b, x);
                int c2 = next(c, x);
                int d2 = next(d, x);
                moved = (a ^ a2) | (b ^ b2) | (c ^ c2) | (d ^ d2);
                a = a2;
                b = b2;
                c = c2;
                d = d2;
            } while (moved != 0);
            mean = add(t, a, mean, scores);
            mean = add(t + 1, b, mean, scores);
            mean = add(t + 2, c, mean, scores);
            mean = add(t + 3, d, mean, scores);
        }
        for (; t < roots.length; t++) {
            mean = add(t, walk(roots[t], x), mean, scores);
        }
        return mean;
    }

    /** Adds tree {@code t}'s leaf: a vote for its label into {@code scores}, or a step of the running mean. */
    private double add(int t, int leaf, double mean, double[] scores) {
        if (scores != null) {
            // the schema index of an output id is unique, so each label's votes add up in tree order, as in Tribuo
            scores[leafLabel[leaf]] += weight[t];
            return mean;
        }
        return mean + step[t] * (leafValue[leaf] - mean);
    }

    private int walk(int node, double[] x) {
        int at = node;
        for (int next = next(at, x); next != at; next = next(at, x)) {
            at = next;
        }
        return at;
    }

    /**
     * One step down: Tribuo's rule, greater than the split value goes right, written as its complement. The
     * choice is arithmetic rather than a conditional jump, which the processor would mispredict half the time.
     */
    private int next(int node, double[] x) {
        long split = nodes[2 * node + 1];
        int greater = x[(int) (split >>> 32)] <= Double.longBitsToDouble(nodes[2 * node]) ? 0 : 1;
        return node + 1 + greater * ((int) split - node - 1);
    }

    /** Walks Tribuo trees and appends their nodes, depth first, to growing arrays. */
    private static final class Flattener {
        private final Map<String, Integer> featureIndex;
        private final Map<String, Integer> labelIndex;
        private final boolean classification;
        long[] nodes = new long[512];
        int count;
        int[] leafLabel = new int[256];
        double[] leafValue = new double[256];
        double[] leafScores;
        final List<Integer> roots = new ArrayList<>();
        /** Single classification tree: whether every leaf has scores, probabilities; null until a leaf is seen. */
        Boolean scored;
        Boolean probabilistic;

        Flattener(Map<String, Integer> featureIndex, Map<String, Integer> labelIndex, boolean classification) {
            this.featureIndex = featureIndex;
            this.labelIndex = labelIndex;
            this.classification = classification;
            this.leafScores = new double[256 * Math.max(1, labelIndex.size())];
        }

        /**
         * Appends the tree of {@code model}; false when it is not a plain CART tree. {@code votes} is the
         * ensemble's output domain when the tree votes in one, whose ids the labels must exist in.
         */
        boolean add(Model<?> model, ImmutableOutputInfo<?> votes) {
            Node<?> root;
            if (model.getClass() == TreeModel.class) {
                root = ((TreeModel<?>) model).getRoot();
            } else if (model.getClass() == IndependentRegressionTreeModel.class) {
                Map<String, Node<Regressor>> perOutput = ((IndependentRegressionTreeModel) model).getRoots();
                root = perOutput.size() == 1 ? perOutput.values().iterator().next() : null;
            } else {
                return false;
            }
            if (root == null || (!classification && model.getOutputIDInfo().size() != 1)) {
                return false;
            }
            ImmutableFeatureMap features = model.getFeatureIDMap();
            if (featureIndex.keySet().stream().noneMatch(name -> features.getID(name) >= 0)) {
                return false; // Tribuo refuses a row with none of the model's features
            }
            roots.add(count);
            // the less-or-equal child is popped first, so it lands right after its parent
            Deque<Pending> pending = new ArrayDeque<>();
            pending.push(new Pending(root, -1));
            while (!pending.isEmpty()) {
                Pending next = pending.pop();
                int index = count;
                if (next.greaterOf() >= 0) {
                    nodes[2 * next.greaterOf() + 1] |= index;
                }
                if (next.node() instanceof SplitNode<?> split) {
                    VariableIDInfo info = features.get(split.getFeatureID());
                    Integer slot = info == null ? null : featureIndex.get(info.getName());
                    if (slot == null) {
                        return false;
                    }
                    append(split.splitValue(), slot, 0);
                    pending.push(new Pending(split.getGreaterThan(), index));
                    pending.push(new Pending(split.getLessThanOrEqual(), -1));
                } else if (next.node() instanceof LeafNode<?> leaf) {
                    append(Double.NaN, 0, index);
                    if (!addLeaf(index, leaf, votes)) {
                        return false;
                    }
                } else {
                    return false;
                }
            }
            return true;
        }

        /** A node still to place, and the node whose greater-than child it is (-1: none). */
        private record Pending(Node<?> node, int greaterOf) {
        }

        private void append(double value, int slot, int greater) {
            if (count == leafLabel.length) {
                nodes = Arrays.copyOf(nodes, 4 * count);
                leafLabel = Arrays.copyOf(leafLabel, 2 * count);
                leafValue = Arrays.copyOf(leafValue, 2 * count);
                leafScores = Arrays.copyOf(leafScores, 2 * leafScores.length);
            }
            nodes[2 * count] = Double.doubleToRawLongBits(value);
            nodes[2 * count + 1] = ((long) slot << 32) | greater;
            count++;
        }

        /** Records what leaf node {@code index} says; false when its output cannot be reproduced. */
        private boolean addLeaf(int index, LeafNode<?> leaf, ImmutableOutputInfo<?> votes) {
            if (!classification) {
                double[] values = ((Regressor) leaf.getOutput()).getValues();
                leafValue[index] = values.length == 1 ? values[0] : Double.NaN;
                return values.length == 1;
            }
            Label output = (Label) leaf.getOutput();
            Integer label = labelIndex.get(output.getLabel());
            if (label == null || (votes != null && idOf(votes, output) < 0)) {
                return false;
            }
            leafLabel[index] = label;
            return votes != null || addScores(index, prediction(leaf));
        }

        /** A single tree's leaf: its label scores; false when leaves differ in having scores or probabilities. */
        private boolean addScores(int index, Prediction<?> prediction) {
            Map<String, ?> distribution = prediction.getOutputScores();
            boolean has = distribution != null && !distribution.isEmpty();
            if ((scored != null && scored != has) || (probabilistic != null
                    && probabilistic != prediction.hasProbabilities())) {
                return false;
            }
            scored = has;
            probabilistic = prediction.hasProbabilities();
            int base = index * labelIndex.size();
            if (has) {
                for (Map.Entry<String, ?> e : distribution.entrySet()) {
                    Integer label = labelIndex.get(e.getKey());
                    if (label == null) {
                        return false;
                    }
                    leafScores[base + label] = ((Label) e.getValue()).getScore();
                }
            }
            return true;
        }

        @SuppressWarnings("unchecked") // the id lookup takes the domain's own output type, which a leaf's label is
        private static int idOf(ImmutableOutputInfo<?> outputs, Label label) {
            return ((ImmutableOutputInfo<Label>) outputs).getID(label);
        }

        /** The prediction Tribuo builds from this leaf (which says whether it gives probabilities). */
        private static <T extends Output<T>> Prediction<T> prediction(LeafNode<T> leaf) {
            return leaf.getPrediction(1, new ArrayExample<>(leaf.getOutput(), new String[] {"x"}, new double[] {1}));
        }
    }
}
