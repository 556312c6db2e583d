#pragma once
// The Eigen types EdgeFront passes around. Batches are row-major: one row per architecture.

#include <Eigen/Core>

namespace edgefront {

using MatrixF = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using VectorF = Eigen::VectorXf;
using MatrixD = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using VectorD = Eigen::VectorXd;

} // namespace edgefront
