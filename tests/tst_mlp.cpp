// The MLP engine: forward pass against a naive double-precision reference, threading,
// determinism, and training (Adam, normalisation, log targets, early stopping) on functions
// whose answer is known.

#include "mlptrainer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

// Straightforward double-precision forward pass of the documented model.
double naiveForward(const MlpModel &m, const Eigen::RowVectorXf &x, int out = 0)
{
    Eigen::RowVectorXd h = x.cast<double>();
    if (m.inputMean.size())
        h = (h - m.inputMean.transpose().cast<double>()).array() / m.inputScale.transpose().cast<double>().array();
    for (const DenseLayer &l : m.layers) {
        Eigen::RowVectorXd z = h * l.weight.cast<double>() + l.bias.transpose().cast<double>();
        for (Eigen::Index i = 0; i < z.size(); ++i) {
            double &v = z(i);
            switch (l.activation) {
            case MlpActivation::Relu: v = std::max(0.0, v); break;
            case MlpActivation::LeakyRelu: v = v > 0 ? v : v * l.leakySlope; break;
            case MlpActivation::Sigmoid: v = 1.0 / (1.0 + std::exp(-v)); break;
            case MlpActivation::Tanh: v = std::tanh(v); break;
            case MlpActivation::None: break;
            }
        }
        h = z;
    }
    double y = h(out);
    if (m.outputScale.size())
        y = y * m.outputScale(out) + m.outputOffset(out);
    if (m.inputSkip.size())
        y += (x.cast<double>() * m.inputSkip.col(out).cast<double>())(0);
    return m.logOutput ? std::exp(y) : y;
}

MatrixF randomMatrix(Eigen::Index rows, Eigen::Index cols, quint32 seed)
{
    QRandomGenerator rng(seed);
    MatrixF m(rows, cols);
    for (Eigen::Index i = 0; i < m.size(); ++i)
        m.data()[i] = float(rng.generateDouble() * 2 - 1);
    return m;
}

double r2(const MatrixF &p, const MatrixF &y)
{
    const double mean = y.mean();
    return 1.0 - (p - y).squaredNorm() / (y.array() - mean).square().sum();
}

} // namespace

class TestMlp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void forwardMatchesNaiveReference()
    {
        MlpModel m = MlpModel::random({12, 40, 30, 2}, 5);
        m.layers[0].activation = MlpActivation::Tanh;
        m.layers[1].activation = MlpActivation::LeakyRelu;
        m.inputMean = randomMatrix(12, 1, 1).col(0);
        m.inputScale = (randomMatrix(12, 1, 2).col(0).array().abs() + 0.5f).matrix();
        m.outputScale = VectorF::Constant(2, 0.3f);
        m.outputOffset = VectorF::Constant(2, -0.2f);
        m.inputSkip = randomMatrix(12, 2, 3) * 0.1f;
        m.logOutput = true;
        QString error;
        QVERIFY2(m.isValid(&error), qPrintable(error));
        const MatrixF x = randomMatrix(700, 12, 9);
        const MatrixF y = m.predict(x);
        double worst = 0;
        for (Eigen::Index r = 0; r < x.rows(); ++r)
            for (int o = 0; o < 2; ++o) {
                const double ref = naiveForward(m, x.row(r), o);
                worst = std::max(worst, std::abs(y(r, o) - ref) / std::abs(ref));
            }
        QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst))); // float32 vs double
        // Threads split rows; results agree to float rounding.
        const MatrixF yThreads = m.predict(x, 2);
        QVERIFY(((yThreads - y).array().abs() <= 1e-6f * y.array().abs().max(1.0f)).all());
    }

    void invalidModelsAreNamed()
    {
        MlpModel m = MlpModel::random({4, 3, 1}, 1);
        QString error;
        m.layers[1].weight(0, 0) = std::nanf("");
        QVERIFY(!m.isValid(&error));
        QVERIFY2(error.contains(QStringLiteral("layer 1")), qPrintable(error));
        m = MlpModel::random({4, 3, 1}, 1);
        m.layers[1].weight = MatrixF::Zero(5, 1);
        QVERIFY(!m.isValid(&error));
    }

    void trainingIsDeterministic()
    {
        const MatrixF x = randomMatrix(300, 6, 4);
        const MatrixF y = (x.col(0).array() * 2 + x.col(1).array().square()).matrix();
        MlpTrainingOptions o;
        o.hidden = {16};
        o.epochs = 20;
        o.seed = 42;
        QString error;
        const auto a = trainMlp(x, y, o, &error);
        const auto b = trainMlp(x, y, o, &error);
        QVERIFY(a && b);
        for (size_t l = 0; l < a->model.layers.size(); ++l)
            QVERIFY(a->model.layers[l].weight == b->model.layers[l].weight);
        o.seed = 43;
        const auto c = trainMlp(x, y, o, &error);
        QVERIFY(!(c->model.layers[0].weight == a->model.layers[0].weight));
    }

    void threadCountsAgree()
    {
        // Splitting each mini-batch over 1, 2 or 3 workers (with odd layer sizes, so the update
        // slices are uneven) trains the same network up to float summation order: one worker's
        // result is the reference for the others.
        const MatrixF x = randomMatrix(500, 7, 5);
        const MatrixF y = (x.col(0).array() * 2 - x.col(3).array().square()).matrix();
        MlpTrainingOptions o;
        o.hidden = {33, 17};
        o.epochs = 10;
        o.batchSize = 128;
        o.seed = 9;
        o.validationShare = 0.0;
        QString error;
        o.threads = 1;
        const auto one = trainMlp(x, y, o, &error);
        QVERIFY2(one, qPrintable(error));
        for (int threads : {2, 3}) {
            o.threads = threads;
            const auto many = trainMlp(x, y, o, &error);
            QVERIFY2(many, qPrintable(error));
            for (size_t l = 0; l < one->model.layers.size(); ++l) {
                const float scale = one->model.layers[l].weight.cwiseAbs().maxCoeff();
                const float diff = (many->model.layers[l].weight - one->model.layers[l].weight).cwiseAbs().maxCoeff();
                QVERIFY2(diff <= 1e-3f * scale, qPrintable(QStringLiteral("%1 threads, layer %2: max difference %3 of %4")
                                                               .arg(threads).arg(l).arg(diff).arg(scale)));
                const float bdiff = (many->model.layers[l].bias - one->model.layers[l].bias).cwiseAbs().maxCoeff();
                QVERIFY(bdiff <= 1e-3f * std::max(1.0f, one->model.layers[l].bias.cwiseAbs().maxCoeff()));
            }
        }
    }

    void fitsKnownFunctions()
    {
        // Held-out R^2 on y = 3 x0 - 2 x1 + x2 x3 + sin(2 x4) (a linear model cannot fit the
        // product and sine parts: its R^2 stays near 0.86).
        const MatrixF x = randomMatrix(4000, 5, 11);
        MatrixF y(x.rows(), 1);
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            y(i, 0) = 3 * x(i, 0) - 2 * x(i, 1) + x(i, 2) * x(i, 3) + std::sin(2 * x(i, 4));
        MlpTrainingOptions o;
        o.hidden = {64, 64};
        o.epochs = 150;
        o.seed = 1;
        QString error;
        const auto trained = trainMlp(x.topRows(3000), y.topRows(3000), o, &error);
        QVERIFY2(trained, qPrintable(error));
        const double fit = r2(trained->model.predict(x.bottomRows(1000)), y.bottomRows(1000));
        qInfo("held-out R^2 %.4f after %d epochs (best %d)", fit, trained->epochsRun, trained->bestEpoch);
        QVERIFY(fit >= 0.99);
    }

    void logTargets()
    {
        // Latency-like target spanning three decades: relative error, not absolute, is fitted.
        const MatrixF x = randomMatrix(3000, 4, 12);
        MatrixF y(x.rows(), 1);
        for (Eigen::Index i = 0; i < x.rows(); ++i)
            y(i, 0) = std::exp(3.0f * x(i, 0) + x(i, 1) - 0.5f * x(i, 2));
        MlpTrainingOptions o;
        o.hidden = {32, 32};
        o.epochs = 100;
        o.batchSize = 64;
        o.logTarget = true;
        QString error;
        const auto trained = trainMlp(x.topRows(2500), y.topRows(2500), o, &error);
        QVERIFY2(trained, qPrintable(error));
        QVERIFY(trained->model.logOutput);
        const MatrixF p = trained->model.predict(x.bottomRows(500));
        const double mape = ((p - y.bottomRows(500)).array().abs() / y.bottomRows(500).array()).mean();
        QVERIFY2(mape < 0.05, qPrintable(QString::number(mape)));
        QVERIFY((p.array() > 0).all());
        MatrixF bad = y;
        bad(3, 0) = -1;
        QVERIFY(!trainMlp(x, bad, o, &error));
        QVERIFY2(error.contains(QStringLiteral("positive")), qPrintable(error));
    }

    void earlyStoppingOnNoise()
    {
        // Pure noise: validation loss cannot improve for long.
        const MatrixF x = randomMatrix(400, 8, 13);
        const MatrixF y = randomMatrix(400, 1, 14);
        MlpTrainingOptions o;
        o.hidden = {64, 64};
        o.epochs = 500;
        o.patience = 10;
        QString error;
        const auto trained = trainMlp(x, y, o, &error);
        QVERIFY2(trained, qPrintable(error));
        QVERIFY(trained->stoppedEarly);
        QVERIFY(trained->epochsRun < 500);
        QCOMPARE(trained->epochsRun, trained->bestEpoch + 10);
    }

    void rejectsBadData()
    {
        QString error;
        MlpTrainingOptions o;
        MatrixF x = randomMatrix(10, 3, 1), y = randomMatrix(10, 1, 2);
        x(2, 2) = std::numeric_limits<float>::infinity();
        QVERIFY(!trainMlp(x, y, o, &error));
        QVERIFY(error.contains(QStringLiteral("NaN or infinite")));
        QVERIFY(!trainMlp(randomMatrix(10, 3, 1), randomMatrix(9, 1, 2), o, &error));
        o.hidden = {};
        QVERIFY(!o.isValid(&error));
    }
};

QTEST_GUILESS_MAIN(TestMlp)
#include "tst_mlp.moc"
