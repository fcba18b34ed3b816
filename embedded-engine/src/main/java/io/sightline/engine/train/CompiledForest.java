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
 * takes the first highest in Tribuo's output-id order; averaging is Tribuo's running weighted mean.
 */
final class CompiledForest {
    private enum Combine { LEAF, VOTE, AVERAGE }

    private final Combine combine;
    /** Per node: the index of its feature in the dense vector, and the split value. */
    private final int[] feature;
    private final double[] threshold;
    /** Node n's children at 2n (less or equal) and 2n + 1 (greater): a node index, or ~leaf for a leaf. */
    private final int[] children;
    /** Per tree: its root, a node index or ~leaf. */
    private final int[] roots;
    /** Per leaf: the schema index of the label it predicts (classification) or its value (regression). */
    private final int[] leafLabel;
    private final double[] leafValue;
    /** A single tree's leaves: the score of each schema label, {@code labels} per leaf. */
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
        this.feature = Arrays.copyOf(f.feature, f.nodes);
        this.threshold = Arrays.copyOf(f.threshold, f.nodes);
        this.children = Arrays.copyOf(f.children, 2 * f.nodes);
        this.roots = f.roots.stream().mapToInt(Integer::intValue).toArray();
        this.leafLabel = Arrays.copyOf(f.leafLabel, f.leaves);
        this.leafValue = Arrays.copyOf(f.leafValue, f.leaves);
        this.leafScores = combine == Combine.LEAF && f.classification
                ? Arrays.copyOf(f.leafScores, f.leaves * labels) : null;
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
     */
    static CompiledForest of(Model<?> model, List<String> featureNames, List<String> labels, boolean classification) {
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
        WeightedEnsembleModelProto proto;
        try {
            proto = ensemble.serialize().getSerializedData().unpack(WeightedEnsembleModelProto.class);
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
        // the weights and the combiner are not public on the model; its protobuf form carries both
        String combiner = proto.getCombiner().getClassName();
        String expected = (classification ? VotingCombiner.class : AveragingCombiner.class).getName();
        List<? extends Model<?>> members = ensemble.getModels();
        if (!combiner.equals(expected) || proto.getWeightsCount() != members.size() || members.isEmpty()) {
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
            float w = proto.getWeights(t);
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
            int leaf = leaf(roots[0], x);
            System.arraycopy(leafScores, leaf * labels, scores, 0, labels);
            return leafLabel[leaf];
        }
        // the schema index of an output id is unique, so each label's votes add up in tree order, as in Tribuo
        for (int t = 0; t < roots.length; t++) {
            scores[leafLabel[leaf(roots[t], x)]] += weight[t];
        }
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
        if (combine == Combine.LEAF) {
            return leafValue[leaf(roots[0], x)];
        }
        double mean = 0;
        for (int t = 0; t < roots.length; t++) {
            mean += step[t] * (leafValue[leaf(roots[t], x)] - mean);
        }
        return mean;
    }

    private int leaf(int node, double[] x) {
        while (node >= 0) {
            node = children[2 * node + (x[feature[node]] > threshold[node] ? 1 : 0)];
        }
        return ~node;
    }

    /** Walks Tribuo trees and appends their nodes and leaves to growing arrays. */
    private static final class Flattener {
        private final Map<String, Integer> featureIndex;
        private final Map<String, Integer> labelIndex;
        private final boolean classification;
        int[] feature = new int[256];
        double[] threshold = new double[256];
        int[] children = new int[512];
        int nodes;
        int[] leafLabel = new int[256];
        double[] leafValue = new double[256];
        double[] leafScores;
        int leaves;
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
            // depth-first, the less-or-equal side first, each child written into its parent's slot
            Deque<Pending> pending = new ArrayDeque<>();
            pending.push(new Pending(root, -1));
            while (!pending.isEmpty()) {
                Pending next = pending.pop();
                int ref;
                if (next.node() instanceof SplitNode<?> split) {
                    VariableIDInfo info = features.get(split.getFeatureID());
                    Integer index = info == null ? null : featureIndex.get(info.getName());
                    if (index == null) {
                        return false;
                    }
                    ref = addSplit(index, split.splitValue());
                    pending.push(new Pending(split.getGreaterThan(), 2 * ref + 1));
                    pending.push(new Pending(split.getLessThanOrEqual(), 2 * ref));
                } else if (next.node() instanceof LeafNode<?> leaf) {
                    int added = addLeaf(leaf, votes);
                    if (added < 0) {
                        return false;
                    }
                    ref = ~added;
                } else {
                    return false;
                }
                if (next.slot() < 0) {
                    roots.add(ref);
                } else {
                    children[next.slot()] = ref;
                }
            }
            return true;
        }

        /** A node still to place, and the slot of {@code children} that will point at it (-1: a root). */
        private record Pending(Node<?> node, int slot) {
        }

        private int addSplit(int index, double value) {
            if (nodes == feature.length) {
                feature = Arrays.copyOf(feature, 2 * nodes);
                threshold = Arrays.copyOf(threshold, 2 * nodes);
                children = Arrays.copyOf(children, 4 * nodes);
            }
            feature[nodes] = index;
            threshold[nodes] = value;
            return nodes++;
        }

        /** The new leaf's index, or -1 when its output cannot be reproduced. */
        private int addLeaf(LeafNode<?> leaf, ImmutableOutputInfo<?> votes) {
            if (leaves == leafLabel.length) {
                leafLabel = Arrays.copyOf(leafLabel, 2 * leaves);
                leafValue = Arrays.copyOf(leafValue, 2 * leaves);
                leafScores = Arrays.copyOf(leafScores, 2 * leafScores.length);
            }
            if (!classification) {
                double[] values = ((Regressor) leaf.getOutput()).getValues();
                if (values.length != 1) {
                    return -1;
                }
                leafValue[leaves] = values[0];
                return leaves++;
            }
            Label output = (Label) leaf.getOutput();
            Integer label = labelIndex.get(output.getLabel());
            if (label == null || (votes != null && idOf(votes, output) < 0)) {
                return -1;
            }
            leafLabel[leaves] = label;
            if (votes == null && !addScores(prediction(leaf))) {
                return -1;
            }
            return leaves++;
        }

        /** A single tree's leaf: its label scores; false when leaves differ in having scores or probabilities. */
        private boolean addScores(Prediction<?> prediction) {
            Map<String, ?> distribution = prediction.getOutputScores();
            boolean has = distribution != null && !distribution.isEmpty();
            if ((scored != null && scored != has) || (probabilistic != null
                    && probabilistic != prediction.hasProbabilities())) {
                return false;
            }
            scored = has;
            probabilistic = prediction.hasProbabilities();
            int base = leaves * labelIndex.size();
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
